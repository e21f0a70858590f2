package org.doorman.app.requests;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorman.app.members.CurrentMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Dry runs", description = "What a strategy would do, without storing anything")
class DryRunController {

    private final DryRuns dryRuns;
    private final CoachingWords words;

    DryRunController(DryRuns dryRuns, CoachingWords words) {
        this.dryRuns = dryRuns;
        this.words = words;
    }

    @PostMapping("/strategy/try")
    @Operation(
            summary = "Try your strategy on a message",
            description = "Answers what your strategy would do and why, with the signals and their evidence;"
                    + " optionally as if the member 'sender' had sent it. Stores nothing.")
    TryView tryStrategy(@AuthenticationPrincipal CurrentMember me, @RequestBody TryBody body) {
        var decision = dryRuns.tryStrategy(
                me.memberId(),
                body == null ? null : body.message(),
                Optional.ofNullable(body == null ? null : body.sender()));
        return new TryView(
                decision.action().wireName(),
                words.wouldDo(decision, Locale.of(me.language())),
                decision.category().wireName(),
                Math.round(decision.confidence() * 100) / 100.0,
                decision.ruleId(),
                decision.rule(),
                decision.reason(),
                decision.meetingsRequired().orElse(null),
                decision.signals().stream()
                        .map(s -> new Views.SignalView(s.name(), s.weight(), s.evidence()))
                        .toList());
    }

    @PostMapping("/requests/coach")
    @Operation(
            summary = "Coaching for a draft request",
            description = "Screens the draft against the recipient's strategy and answers advice and the likely outcome"
                    + " in words, never a score. Stores nothing; rate limited (429 with Retry-After).")
    CoachView coach(@AuthenticationPrincipal CurrentMember me, @Valid @RequestBody CoachBody body) {
        var coached = dryRuns.coach(me.memberId(), body.recipient(), body.message());
        var coaching = coached.coaching();
        var locale = Locale.of(me.language());
        return new CoachView(
                coaching.salutation(),
                coaching.referencesOffer(),
                coaching.concretePurpose(),
                coaching.vaguePhrases(),
                coaching.readAboutMe(),
                words.likely(coaching, coached.recipient(), locale),
                words.points(coaching, coached.recipient(), locale).stream()
                        .filter(p -> !p.ok())
                        .map(CoachingWords.Point::text)
                        .toList());
    }

    record TryBody(String message, String sender) {}

    record CoachBody(@NotBlank(message = Views.RECIPIENT) String recipient, String message) {}

    /** What the strategy would do ({@code action}, and {@code outcome} in words) and why. */
    record TryView(
            String action,
            String outcome,
            String category,
            double confidence,
            String ruleId,
            String rule,
            String explanation,
            Integer meetingsRequired,
            List<Views.SignalView> signals) {}

    /** Advice on a draft; {@code likely} says the likely outcome in words. No score. */
    record CoachView(
            boolean salutation,
            boolean referencesOffer,
            boolean concretePurpose,
            List<String> vaguePhrases,
            boolean readAboutMe,
            String likely,
            List<String> advice) {}
}
