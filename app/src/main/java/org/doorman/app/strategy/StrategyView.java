package org.doorman.app.strategy;

import java.util.Map;
import org.doorman.core.screening.Language;
import tools.jackson.databind.JsonNode;

/**
 * A member's strategy as the API shows it: the preset's name (null for own rules), the rules, and the plain words
 * in the member's language ({@code description}) and in German and English ({@code descriptions}), and whether events
 * count as meetings only with confirmed attendance.
 */
record StrategyView(
        String preset,
        String name,
        JsonNode rules,
        String language,
        String description,
        Map<String, String> descriptions,
        boolean confirmedAttendanceOnly) {

    static StrategyView from(MemberStrategy strategy, Language memberLanguage) {
        Language language = memberLanguage == Language.DE ? Language.DE : Language.EN;
        var tree = StrategyTrees.toTree(strategy.strategy());
        return new StrategyView(
                strategy.preset().orElse(null),
                strategy.strategy().name(),
                tree.get("rules"),
                language.code(),
                strategy.strategy().describe(language),
                Map.of(
                        Language.DE.code(), strategy.strategy().describe(Language.DE),
                        Language.EN.code(), strategy.strategy().describe(Language.EN)),
                strategy.confirmedAttendanceOnly());
    }
}
