package org.doorman.core.strategy;

import java.util.EnumSet;
import java.util.Set;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.Screening;
import org.doorman.core.screening.SignalName;

/**
 * When a rule applies: the category is one of {@code categories} (any, when empty), every signal of {@code signals}
 * was raised, and none of {@code withoutSignals}.
 */
public record Condition(Set<Category> categories, Set<SignalName> signals, Set<SignalName> withoutSignals) {
    public Condition {
        categories = Set.copyOf(categories);
        signals = Set.copyOf(signals);
        withoutSignals = Set.copyOf(withoutSignals);
    }

    public static Condition always() {
        return new Condition(Set.of(), Set.of(), Set.of());
    }

    public static Condition category(Category first, Category... more) {
        return new Condition(EnumSet.of(first, more), Set.of(), Set.of());
    }

    public static Condition signal(SignalName signal) {
        return new Condition(Set.of(), Set.of(signal), Set.of());
    }

    public boolean matches(Screening screening) {
        if (!categories.isEmpty() && !categories.contains(screening.category())) {
            return false;
        }
        for (var signal : signals) {
            if (!screening.has(signal)) {
                return false;
            }
        }
        for (var signal : withoutSignals) {
            if (screening.has(signal)) {
                return false;
            }
        }
        return true;
    }

    public boolean isAlways() {
        return categories.isEmpty() && signals.isEmpty() && withoutSignals.isEmpty();
    }
}
