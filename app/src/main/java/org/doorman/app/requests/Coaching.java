package org.doorman.app.requests;

import java.util.List;
import org.doorman.core.screening.Signal;
import org.doorman.core.screening.SignalName;
import org.doorman.core.strategy.Action;
import org.doorman.core.strategy.Decision;

/**
 * Feedback on a draft request, from screening it against the recipient's strategy: whether it greets, refers to the
 * recipient's offer and states a concrete purpose, its vague or salesy phrases, and the likely outcome as a kind of
 * outcome (said in words by the page and the API), never a score to tune a pitch against.
 */
record Coaching(
        boolean salutation,
        boolean referencesOffer,
        boolean concretePurpose,
        List<String> vaguePhrases,
        List<String> salesPhrases,
        boolean readAboutMe,
        Outcome outcome) {

    /** The likely outcome; a decline is worded as "probably no contact", never as a decline. */
    enum Outcome {
        ACCEPTED,
        ASKED,
        INVITED,
        REVIEWED,
        UNLIKELY;

        String key() {
            return "coach.outcome." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static Coaching of(Decision decision, boolean readAboutMe) {
        var names = SignalName.setOf(decision.signals());
        return new Coaching(
                names.contains(SignalName.SALUTATION),
                names.contains(SignalName.REFERENCES_OFFER) || names.contains(SignalName.REFERENCES_PROFILE),
                names.contains(SignalName.STATES_NEED) || names.contains(SignalName.CONCRETE_DETAILS),
                evidence(decision.signals(), SignalName.VAGUE_BENEFIT),
                evidence(decision.signals(), SignalName.SALES_OFFER),
                readAboutMe,
                outcome(decision.action()));
    }

    private static Outcome outcome(Action action) {
        return switch (action) {
            case ACCEPT, ACCEPT_AND_FOLLOW_UP -> Outcome.ACCEPTED;
            case ASK -> Outcome.ASKED;
            case INVITE_TO_EVENT -> Outcome.INVITED;
            case REVIEW -> Outcome.REVIEWED;
            case DECLINE -> Outcome.UNLIKELY;
        };
    }

    private static List<String> evidence(List<Signal> signals, SignalName name) {
        return signals.stream()
                .filter(s -> s.name().equals(name.wireName()) && !s.evidence().isBlank())
                .flatMap(s -> java.util.Arrays.stream(s.evidence().split(", ")))
                .distinct()
                .toList();
    }
}
