package org.doorman.core.strategy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.Language;
import org.doorman.core.screening.Screening;

/**
 * A member's strategy: an ordered list of rules, the first match wins. Evaluating is pure (it doubles as a dry run)
 * and explains itself: the decision names the rule and carries the signals with their evidence. A request in a
 * language other than German or English always goes to review, and a request no rule matches too.
 *
 * <p>{@code doubt} is the share of probability that must lie both on categories this strategy accepts and on
 * categories it declines for an {@linkplain Condition#whenInDoubt() in-doubt} rule to fire.
 */
public record Strategy(String name, List<Rule> rules, double doubt) {

    static final String LANGUAGE_RULE = "language-not-supported";
    static final String NO_RULE = "no-rule-matched";

    /**
     * The default {@code doubt}, chosen by leave-one-writer-out cross-validation on the training corpus (see the
     * README): the highest share at which no costly error remained, so the fewest reviews without one.
     */
    public static final double DEFAULT_DOUBT = 0.09;

    public Strategy {
        Objects.requireNonNull(name, "name");
        if (!(doubt > 0 && doubt <= 0.5)) {
            throw new IllegalArgumentException("doubt lies in (0, 0.5], was " + doubt);
        }
        rules = List.copyOf(rules);
        var ids = new java.util.HashSet<String>();
        for (var rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("rule id '" + rule.id() + "' is used twice");
            }
        }
    }

    public Strategy(String name, List<Rule> rules) {
        this(name, rules, DEFAULT_DOUBT);
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
        for (int i = 0; i < rules.size(); i++) {
            var rule = rules.get(i);
            if (!rule.when().matches(screening)) {
                continue;
            }
            var reason = screening.reason();
            if (rule.when().inDoubt()) {
                var doubtful = doubt(screening, i);
                if (doubtful.isEmpty()) {
                    continue;
                }
                reason = doubtful.get();
            }
            return decision(screening, rule.action(), rule.id(), rule.description(), rule.meetings(), reason);
        }
        return decision(
                screening, Action.REVIEW, NO_RULE, "no rule matched -> review", Optional.empty(), "no rule matched");
    }

    /**
     * Whether the screening's probabilities give at least {@link #doubt} both to categories the other rules would
     * accept and to categories they would decline; if so, the reason naming the likeliest of each side.
     */
    private Optional<String> doubt(Screening screening, int doubtRule) {
        var accepted = java.util.EnumSet.noneOf(Category.class);
        var declined = java.util.EnumSet.noneOf(Category.class);
        for (var category : screening.probabilities().byCategory().keySet()) {
            switch (actionFor(category, screening, doubtRule)) {
                case ACCEPT, ACCEPT_AND_FOLLOW_UP -> accepted.add(category);
                case DECLINE -> declined.add(category);
                case ASK, INVITE_TO_EVENT, REVIEW -> {}
            }
        }
        var p = screening.probabilities();
        if (p.of(accepted) < doubt || p.of(declined) < doubt) {
            return Optional.empty();
        }
        var accept = p.likeliestOf(accepted).orElseThrow();
        var decline = p.likeliestOf(declined).orElseThrow();
        return Optional.of(String.format(
                java.util.Locale.ROOT,
                "in doubt between %s (%.2f) and %s (%.2f)",
                accept.wireName(),
                p.of(accept),
                decline.wireName(),
                p.of(decline)));
    }

    /** What the rules other than the in-doubt one would do if the screening had found {@code category}. */
    private Action actionFor(Category category, Screening screening, int doubtRule) {
        for (int i = 0; i < rules.size(); i++) {
            var rule = rules.get(i);
            if (i != doubtRule && !rule.when().inDoubt() && rule.when().matches(category, screening)) {
                return rule.action();
            }
        }
        return Action.REVIEW;
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
