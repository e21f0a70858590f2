package org.doorman.core.screening;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What screening read from one request: its category with a calibrated confidence in [0,1], the probability of every
 * category, the signals with their evidence, the language, and a reason in words. Strategies turn a screening into a
 * decision.
 */
public record Screening(
        Category category,
        double confidence,
        List<Signal> signals,
        Language language,
        String reason,
        Probabilities probabilities) {
    public Screening {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(probabilities, "probabilities");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence lies in [0,1], was " + confidence);
        }
        signals = List.copyOf(signals);
        reason = reason == null ? "" : reason;
    }

    /** A screening sure of its category: all probability on it. */
    public Screening(Category category, double confidence, List<Signal> signals, Language language, String reason) {
        this(category, confidence, signals, language, reason, Probabilities.certain(category, confidence));
    }

    /** The first signal of that name, if screening raised it. */
    public Optional<Signal> signal(SignalName name) {
        var wireName = name.wireName();
        for (var signal : signals) {
            if (signal.name().equals(wireName)) {
                return Optional.of(signal);
            }
        }
        return Optional.empty();
    }

    public boolean has(SignalName name) {
        var wireName = name.wireName();
        for (var signal : signals) {
            if (signal.name().equals(wireName)) {
                return true;
            }
        }
        return false;
    }
}
