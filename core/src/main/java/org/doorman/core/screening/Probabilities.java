package org.doorman.core.screening;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The calibrated probability of each category for one request. A category decided by data alone (known, or no
 * personal text) carries its confidence and the others nothing.
 */
public record Probabilities(Map<Category, Double> byCategory) {

    public Probabilities {
        var copy = new EnumMap<Category, Double>(Category.class);
        byCategory.forEach((category, p) -> {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("a probability lies in [0,1], was " + p + " for " + category);
            }
            copy.put(category, p);
        });
        byCategory = Collections.unmodifiableMap(copy);
    }

    /** All weight on one category. */
    public static Probabilities certain(Category category, double confidence) {
        return new Probabilities(Map.of(category, confidence));
    }

    public double of(Category category) {
        return byCategory.getOrDefault(category, 0.0);
    }

    public double of(Set<Category> categories) {
        double sum = 0;
        for (var category : categories) {
            sum += of(category);
        }
        return Math.min(1, sum);
    }

    /** The most likely category of {@code categories}, if any carries weight. */
    public java.util.Optional<Category> likeliestOf(Set<Category> categories) {
        Category best = null;
        for (var category : categories) {
            if (of(category) > 0 && (best == null || of(category) > of(best))) {
                best = category;
            }
        }
        return java.util.Optional.ofNullable(best);
    }
}
