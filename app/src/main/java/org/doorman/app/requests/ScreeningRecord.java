package org.doorman.app.requests;

/**
 * What the recipient's strategy found and decided about a request, as stored with it: the category and its
 * confidence, the action, the rule (id and words), the reason in words and the language of the text.
 */
public record ScreeningRecord(
        String category,
        double confidence,
        String action,
        String ruleId,
        String rule,
        String explanation,
        String language) {}
