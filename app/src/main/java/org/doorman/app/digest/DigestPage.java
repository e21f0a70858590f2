package org.doorman.app.digest;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Locale;
import org.doorman.app.members.CurrentMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The web app's form for the digest: how often, at what local time, in which time zone. */
@Controller
class DigestPage {

    private final DigestPreferences preferences;

    DigestPage(DigestPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/digest")
    String page(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("digest", preferences.of(me.memberId()));
        model.addAttribute("de", "de".equals(me.language()));
        model.addAttribute(
                "days",
                Arrays.stream(DayOfWeek.values())
                        .map(day -> day.name().toLowerCase(Locale.ROOT))
                        .toList());
        return "digest";
    }

    @PostMapping("/digest")
    String change(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(required = false) String frequency,
            @RequestParam(required = false) String time,
            @RequestParam(required = false) String timeZone,
            @RequestParam(required = false) String day,
            RedirectAttributes redirect) {
        try {
            preferences.change(me.memberId(), new DigestPreferences.Change(frequency, time, timeZone, day));
            return "redirect:/digest?saved";
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/digest";
        }
    }
}
