package org.doorman.app.requests;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;
import org.doorman.app.ids.Ids;
import org.doorman.app.input.Violations;
import org.doorman.app.members.Acquaintances;
import org.doorman.app.members.ContactPolicies;
import org.doorman.app.members.CurrentMember;
import org.doorman.app.members.MemberDirectory;
import org.doorman.app.senders.SenderStandings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sender's side: choose a member, read their contact policy, learn whether one read their "About me", write with
 * live coaching, send. A sent request shows the sender only pending or accepted.
 */
@Controller
class ComposePage {

    private static final int CHOICES = 500;

    private final RequestDesk desk;
    private final DryRuns dryRuns;
    private final CoachingWords words;
    private final MemberDirectory members;
    private final ContactPolicies policies;
    private final Acquaintances acquaintances;
    private final SenderStandings standings;
    private final Clock clock;

    ComposePage(
            RequestDesk desk,
            DryRuns dryRuns,
            CoachingWords words,
            MemberDirectory members,
            ContactPolicies policies,
            Acquaintances acquaintances,
            SenderStandings standings,
            Clock clock) {
        this.desk = desk;
        this.dryRuns = dryRuns;
        this.words = words;
        this.members = members;
        this.policies = policies;
        this.acquaintances = acquaintances;
        this.standings = standings;
        this.clock = clock;
    }

    @GetMapping("/compose")
    String compose(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(defaultValue = "") String to,
            Locale locale,
            Model model) {
        model.addAttribute(
                "members",
                members.byName(CHOICES).stream()
                        .filter(m -> !m.id().equals(me.id()))
                        .toList());
        model.addAttribute("to", to);
        model.addAttribute("warned", standings.notice(me.memberId()).isPresent());
        Ids.member(to)
                .flatMap(members::find)
                .filter(m -> !m.id().equals(me.id()))
                .ifPresent(recipient -> {
                    model.addAttribute("recipient", recipient);
                    model.addAttribute("policy", policies.describe(recipient.memberId(), locale.getLanguage()));
                    model.addAttribute(
                            "readAboutMe",
                            acquaintances
                                    .between(me.memberId(), recipient.memberId(), clock.instant())
                                    .visitedProfile());
                });
        return "requests/compose";
    }

    /** The compose form as posted: to whom, and the text; a missing field is empty. */
    record ComposeForm(@NotBlank(message = Views.RECIPIENT) String recipient, String message) {
        ComposeForm {
            recipient = recipient == null ? "" : recipient;
            message = message == null ? "" : message;
        }
    }

    @PostMapping("/compose/coach")
    String coach(
            @AuthenticationPrincipal CurrentMember me,
            @Valid ComposeForm form,
            BindingResult invalid,
            Locale locale,
            Model model) {
        String fragment = "requests/compose :: coaching";
        return attempt(invalid, model, () -> fragment, () -> {
            var coached = dryRuns.coach(me.memberId(), form.recipient(), form.message());
            model.addAttribute("points", words.points(coached.coaching(), coached.recipient(), locale));
            model.addAttribute("likely", words.likely(coached.coaching(), coached.recipient(), locale));
            return fragment;
        });
    }

    @PostMapping("/compose")
    String send(
            @AuthenticationPrincipal CurrentMember me,
            @Valid ComposeForm form,
            BindingResult invalid,
            Locale locale,
            Model model) {
        Supplier<String> again = () -> {
            model.addAttribute("draft", form.message());
            return compose(me, form.recipient(), locale, model);
        };
        return attempt(
                invalid,
                model,
                again,
                () -> "redirect:/requests/"
                        + desk.send(me.memberId(), form.recipient(), form.message())
                                .id());
    }

    /**
     * The form's page after {@code action}; when the form is invalid or the action refused, the page from
     * {@code refused} with the problem in words.
     */
    private static String attempt(
            BindingResult invalid, Model model, Supplier<String> refused, Supplier<String> action) {
        if (invalid.hasErrors()) {
            model.addAttribute("problem", Violations.detail("form", invalid.getAllErrors()));
            return refused.get();
        }
        try {
            return action.get();
        } catch (ErrorResponseException refusal) {
            model.addAttribute("problem", refusal.getBody().getDetail());
            return refused.get();
        }
    }
}
