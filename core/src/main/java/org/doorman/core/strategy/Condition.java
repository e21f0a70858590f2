package org.doorman.core.strategy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.Screening;
import org.doorman.core.screening.SignalName;

/**
 * When a rule applies: the category is one of {@code categories} (any, when empty), every signal of {@code signals}
 * was raised, and none of {@code withoutSignals}; with {@code inDoubt}, also only when the screening is in doubt
 * between a category the strategy accepts and one it declines (the strategy judges that, see
 * {@link Strategy#evaluate}).
 */
public record Condition(
        Set<Category> categories, Set<SignalName> signals, Set<SignalName> withoutSignals, boolean inDoubt) {
    public Condition {
        categories = frozen(categories, Category.class);
        signals = frozen(signals, SignalName.class);
        withoutSignals = frozen(withoutSignals, SignalName.class);
    }

    public Condition(Set<Category> categories, Set<SignalName> signals, Set<SignalName> withoutSignals) {
        this(categories, signals, withoutSignals, false);
    }

    /** Any request whose screening is in doubt between accepting and declining. */
    public static Condition whenInDoubt() {
        return new Condition(Set.of(), Set.of(), Set.of(), true);
    }

    /** An unchangeable copy that tests membership by a bit, as rules are tried for every request. */
    private static <E extends Enum<E>> Set<E> frozen(Set<E> values, Class<E> type) {
        var copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
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

    /** Whether the categories and signals match; the doubt, if asked for, is the strategy's to judge. */
    public boolean matches(Screening screening) {
        return matches(screening.category(), screening);
    }

    /** As {@link #matches(Screening)}, as if the screening had found {@code category}. */
    boolean matches(Category category, Screening screening) {
        if (!categories.isEmpty() && !categories.contains(category)) {
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
        return categories.isEmpty() && signals.isEmpty() && withoutSignals.isEmpty() && !inDoubt;
    }
}
