package org.doorman.app.requests;

import java.util.Objects;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.Language;
import org.doorman.core.strategy.Action;
import org.doorman.core.strategy.Decision;

/**
 * What the recipient's strategy found and decided about a request, as stored with it: the category and its
 * confidence, the action, the rule (id and words), the reason in words and the language of the text. Typed as the
 * core decided them; the views and the database write their wire names.
 */
public record ScreeningRecord(
        Category category,
        double confidence,
        Action action,
        String ruleId,
        String rule,
        String explanation,
        Language language) {

    public ScreeningRecord {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(language, "language");
    }

    /** The record of a decision. */
    static ScreeningRecord of(Decision decision) {
        return new ScreeningRecord(
                decision.category(),
                decision.confidence(),
                decision.action(),
                decision.ruleId(),
                decision.rule(),
                decision.reason(),
                decision.language());
    }

    /** The category's wire name, as the API and the pages show it. */
    public String categoryName() {
        return category.wireName();
    }

    /** The action's wire name, as the API and the pages show it. */
    public String actionName() {
        return action.wireName();
    }

    /** The language's code, as the API shows it. */
    public String languageCode() {
        return language.code();
    }
}
