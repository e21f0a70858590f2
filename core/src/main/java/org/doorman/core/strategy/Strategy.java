package org.doorman.core.strategy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.doorman.core.screening.Language;
import org.doorman.core.screening.Screening;

/**
 * A member's strategy: an ordered list of rules, the first match wins. Evaluating is pure (it doubles as a dry run)
 * and explains itself: the decision names the rule and carries the signals with their evidence. A request in a
 * language other than German or English always goes to review, and a request no rule matches too.
 */
public record Strategy(String name, List<Rule> rules) {

    static final String LANGUAGE_RULE = "language-not-supported";
    static final String NO_RULE = "no-rule-matched";

    public Strategy {
        Objects.requireNonNull(name, "name");
        rules = List.copyOf(rules);
        var ids = new java.util.HashSet<String>();
        for (var rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("rule id '" + rule.id() + "' is used twice");
            }
        }
    }

    /** One of the shipped presets: {@code default}, {@code meet-twice}, {@code open-door}, {@code common-ground-first}. */
    public static Strategy preset(String name) {
        return Presets.named(Objects.requireNonNull(name, "name"))
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown strategy preset '" + name + "'; the presets are " + String.join(", ", presetNames())));
    }

    public static List<String> presetNames() {
        return Presets.NAMES;
    }

    public Decision evaluate(Screening screening) {
        if (!screening.language().supported()) {
            return decision(
                    screening,
                    Action.REVIEW,
                    LANGUAGE_RULE,
                    "language not supported -> review",
                    Optional.empty(),
                    "language not supported");
        }
        for (var rule : rules) {
            if (rule.when().matches(screening)) {
                return decision(
                        screening, rule.action(), rule.id(), rule.description(), rule.meetings(), screening.reason());
            }
        }
        return decision(
                screening, Action.REVIEW, NO_RULE, "no rule matched -> review", Optional.empty(), "no rule matched");
    }

    private static Decision decision(
            Screening screening, Action action, String ruleId, String rule, Optional<Integer> meetings, String reason) {
        return new Decision(
                screening.category(),
                screening.confidence(),
                action,
                ruleId,
                rule,
                screening.signals(),
                screening.language(),
                action == Action.INVITE_TO_EVENT ? meetings : Optional.empty(),
                reason);
    }

    /** The strategy in plain words, in the first person, for the member and for requesters. */
    public String describe(Language language) {
        return Wording.of(language).describe(this);
    }
}
