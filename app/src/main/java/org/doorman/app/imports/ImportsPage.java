package org.doorman.app.imports;

import java.util.Locale;
import org.doorman.app.members.CurrentMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The member's LinkedIn import under contacts: pending invitations as screened, connections ranked for pruning. */
@Controller
class ImportsPage {

    private final Imports imports;

    ImportsPage(Imports imports) {
        this.imports = imports;
    }

    @GetMapping("/contacts/imports")
    String imports(@AuthenticationPrincipal CurrentMember me, Locale locale, Model model) {
        model.addAttribute(
                "linkedin",
                imports.of(me.memberId())
                        .map(stored -> ImportView.from(stored, locale))
                        .orElse(null));
        return "contacts/imports";
    }
}
