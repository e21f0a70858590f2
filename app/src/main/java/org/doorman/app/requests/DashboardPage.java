package org.doorman.app.requests;

import java.util.Locale;
import org.doorman.app.members.CurrentMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The dashboard: figures as text for everyone, and charts drawn by a static script from {@code /dashboard/data}. */
@Controller
class DashboardPage {

    private final DashboardFigures figures;

    DashboardPage(DashboardFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal CurrentMember me, Locale locale, Model model) {
        model.addAttribute("figures", figures.of(me.memberId(), locale));
        return "requests/dashboard";
    }

    @GetMapping("/dashboard/data")
    @ResponseBody
    DashboardFigures.Figures data(@AuthenticationPrincipal CurrentMember me, Locale locale) {
        return figures.of(me.memberId(), locale);
    }
}
