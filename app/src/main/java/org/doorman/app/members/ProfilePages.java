package org.doorman.app.members;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.doorman.app.ids.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member's own profile page, and another member's public "About me" page (which counts as a visit). */
@Controller
class ProfilePages {

    private final Profiles profiles;
    private final MemberDirectory members;
    private final ProfileVisits visits;
    private final Blocks blocks;
    private final ContactPolicies policies;

    ProfilePages(
            Profiles profiles, MemberDirectory members, ProfileVisits visits, ContactPolicies policies, Blocks blocks) {
        this.profiles = profiles;
        this.members = members;
        this.visits = visits;
        this.blocks = blocks;
        this.policies = policies;
    }

    @GetMapping("/profile")
    String mine(@AuthenticationPrincipal CurrentMember me, Model model) {
        if (!model.containsAttribute("profile")) {
            model.addAttribute("profile", profiles.mine(me.memberId()));
        }
        model.addAttribute("nl", "\n");
        return "members/profile";
    }

    @PostMapping("/profile")
    String change(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String headline,
            @RequestParam(defaultValue = "") String about,
            @RequestParam(defaultValue = "") String offers,
            @RequestParam(defaultValue = "") String seeks,
            @RequestParam(defaultValue = "") String interests,
            @RequestParam(defaultValue = "") String groups,
            @RequestParam(defaultValue = "") String company,
            @RequestParam(defaultValue = "") String email,
            RedirectAttributes redirect) {
        var change = new ProfileChange(
                new Profile(
                        name,
                        language,
                        headline,
                        about,
                        lines(offers),
                        lines(seeks),
                        lines(interests),
                        lines(groups),
                        company,
                        email),
                null);
        try {
            var changed = profiles.change(me.memberId(), change);
            redirect.addFlashAttribute("saved", true);
            // the next page speaks the language just chosen
            return "redirect:/profile?lang=" + changed.language();
        } catch (InvalidMember invalid) {
            redirect.addFlashAttribute("problem", invalid.getMessage());
            return "redirect:/profile";
        }
    }

    @GetMapping("/members/{id}")
    String about(@AuthenticationPrincipal CurrentMember me, @PathVariable String id, Locale locale, Model model) {
        var member = Ids.member(id)
                .flatMap(members::find)
                // a member who blocked the caller is not found for them, exactly like one who does not exist
                .filter(found -> !blocks.blocked(found.memberId(), me.memberId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No member " + id + "."));
        visits.record(me.memberId(), member.memberId());
        model.addAttribute("member", member);
        model.addAttribute("policy", policies.describe(member.memberId(), locale.getLanguage()));
        return "members/about";
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
