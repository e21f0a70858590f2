package org.doorman.core.screening;

import java.util.List;

/**
 * Picks one category from the signals. {@code known} comes from data only; then the text decides, the stronger
 * intent winning: concrete need, sales pitch, acquaintance claim, common ground, vague pitch, empty.
 */
final class Categorizer {

    record Result(Category category, double confidence, String reason) {}

    Result categorize(Request request, List<Signal> signals) {
        if (RelationshipDetector.known(signals)) {
            return new Result(Category.KNOWN, 0.99, "the data shows an existing relationship");
        }
        if (has(signals, SignalName.NO_TEXT) || has(signals, SignalName.DEFAULT_TEXT)) {
            return new Result(Category.EMPTY, 0.95, "no personal text");
        }
        boolean offer = has(signals, SignalName.REFERENCES_OFFER);
        boolean need = has(signals, SignalName.STATES_NEED) || has(signals, SignalName.ASKS_QUESTION);
        boolean sales = has(signals, SignalName.SALES_OFFER) || has(signals, SignalName.INFLUENTIAL_REACH);
        if (offer && need && !has(signals, SignalName.SALES_OFFER)) {
            return new Result(Category.CONCRETE_NEED, 0.7, "refers to the member's offer and states a need");
        }
        if (sales) {
            return new Result(Category.SALES_PITCH, 0.7, "the sender wants to sell");
        }
        if (has(signals, SignalName.ACQUAINTANCE_CLAIM)) {
            return new Result(Category.ACQUAINTANCE_CLAIM, 0.7, "claims a meeting the data does not show");
        }
        if (has(signals, SignalName.SHARED_SCHOOL) || has(signals, SignalName.SHARED_EMPLOYER)) {
            return new Result(Category.COMMON_GROUND, 0.6, "refers to a shared school or employer");
        }
        if (has(signals, SignalName.SHARED_GROUP) && !has(signals, SignalName.VAGUE_BENEFIT)) {
            return new Result(Category.COMMON_GROUND, 0.6, "refers to a shared group");
        }
        return new Result(Category.VAGUE_PITCH, 0.5, "no concrete purpose");
    }

    private static boolean has(List<Signal> signals, SignalName name) {
        for (var signal : signals) {
            if (signal.name().equals(name.wireName())) {
                return true;
            }
        }
        return false;
    }
}
