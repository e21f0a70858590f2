package org.doorman.core.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.Language;
import org.doorman.core.screening.SignalName;

/** Strategies in plain words, German and English, rule by rule. */
record Wording(
        String title,
        String anyRequest,
        String otherwise,
        String and,
        String languages,
        Map<Category, String> categories,
        Map<SignalName, String> signals,
        String withoutSignal,
        String inDoubt,
        Map<Action, String> actions) {

    static Wording of(Language language) {
        return language == Language.DE ? WordingDe.WORDING : WordingEn.WORDING;
    }

    String describe(Strategy strategy) {
        var lines = new ArrayList<String>();
        lines.add(title);
        boolean catchAll = false;
        for (var rule : strategy.rules()) {
            var condition = rule.when().isAlways() && lines.size() > 1 ? otherwise : condition(rule.when());
            lines.add("- " + capitalized(condition) + ": " + action(rule));
            catchAll |= rule.when().isAlways();
        }
        if (!catchAll) {
            lines.add("- " + capitalized(otherwise) + ": " + actions.get(Action.REVIEW));
        }
        lines.add(languages);
        return String.join("\n", lines);
    }

    private String condition(Condition when) {
        var parts = new ArrayList<String>();
        if (!when.categories().isEmpty()) {
            var names = new ArrayList<String>();
            for (var category : Category.values()) {
                if (when.categories().contains(category)) {
                    names.add(categories.get(category));
                }
            }
            parts.add(joined(names, " / "));
        }
        for (var signal : sorted(when.signals())) {
            parts.add(signals.get(signal));
        }
        for (var signal : sorted(when.withoutSignals())) {
            parts.add(withoutSignal.formatted(signals.get(signal)));
        }
        if (when.inDoubt()) {
            parts.add(inDoubt);
        }
        return parts.isEmpty() ? anyRequest : joined(parts, " " + and + " ");
    }

    private String action(Rule rule) {
        var text = actions.get(rule.action());
        return rule.action() == Action.INVITE_TO_EVENT
                ? text.formatted(rule.meetings().orElse(2))
                : text;
    }

    private static List<SignalName> sorted(java.util.Set<SignalName> names) {
        return names.stream().sorted().toList();
    }

    private static String joined(List<String> parts, String separator) {
        return String.join(separator, parts);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
