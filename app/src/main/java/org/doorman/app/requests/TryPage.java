package org.doorman.app.requests;

import java.util.Locale;
import java.util.Optional;
import org.doorman.app.members.CurrentMember;
import org.doorman.app.members.MemberDirectory;
import org.doorman.app.web.Highlights;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The strategy page's "try it" box: paste a message, optionally pick a requester, see what would happen. A dry run. */
@Controller
class TryPage {

    private final DryRuns dryRuns;
    private final Requests requests;
    private final MemberDirectory members;
    private final CoachingWords words;

    TryPage(DryRuns dryRuns, Requests requests, MemberDirectory members, CoachingWords words) {
        this.dryRuns = dryRuns;
        this.requests = requests;
        this.members = members;
        this.words = words;
    }

    @GetMapping("/strategy/try")
    String box(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute(
                "senders",
                requests.sendersTo(me.memberId()).stream()
                        .map(members::find)
                        .flatMap(Optional::stream)
                        .toList());
        return "requests/try :: box";
    }

    @PostMapping("/strategy/try")
    String tryIt(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(defaultValue = "") String message,
            @RequestParam(defaultValue = "") String sender,
            Locale locale,
            Model model) {
        try {
            var decision = dryRuns.tryStrategy(me.memberId(), message, Optional.of(sender));
            model.addAttribute("decision", decision);
            model.addAttribute("outcome", words.wouldDo(decision, locale));
            model.addAttribute(
                    "segments",
                    Highlights.of(
                            message,
                            decision.signals().stream()
                                    .map(s -> new Highlights.Evidence(s.name(), s.evidence()))
                                    .toList()));
        } catch (ErrorResponseException refused) {
            model.addAttribute("problem", refused.getBody().getDetail());
        }
        return "requests/try :: result";
    }
}
