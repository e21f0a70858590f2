package org.doorman.core.strategy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.Language;
import org.doorman.core.screening.Signal;

/**
 * What a strategy decided about one request, and why: the category with its confidence, the rule that fired, the
 * signals with their evidence. {@code meetingsRequired} is set for {@link Action#INVITE_TO_EVENT}; {@code reason}
 * explains in words why the engine did what it did (e.g. "language not supported").
 */
public record Decision(
        Category category,
        double confidence,
        Action action,
        String ruleId,
        String rule,
        List<Signal> signals,
        Language language,
        Optional<Integer> meetingsRequired,
        String reason) {
    public Decision {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(language, "language");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence lies in [0,1], was " + confidence);
        }
        signals = List.copyOf(signals);
        Objects.requireNonNull(meetingsRequired, "meetingsRequired");
        reason = reason == null ? "" : reason;
    }
}
