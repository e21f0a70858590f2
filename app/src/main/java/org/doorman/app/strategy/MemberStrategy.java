package org.doorman.app.strategy;

import java.util.Objects;
import java.util.Optional;
import org.doorman.core.strategy.Strategy;

/**
 * A member's strategy and, when it is one of the presets, the preset's name; with {@code confirmedAttendanceOnly},
 * events count as meetings for the member only when the organiser confirmed both attendances.
 */
public record MemberStrategy(Optional<String> preset, Strategy strategy, boolean confirmedAttendanceOnly) {
    public MemberStrategy {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(strategy, "strategy");
    }

    MemberStrategy(Optional<String> preset, Strategy strategy) {
        this(preset, strategy, false);
    }

    static MemberStrategy ofPreset(String name) {
        return new MemberStrategy(Optional.of(name), Strategy.preset(name));
    }

    MemberStrategy withConfirmedAttendanceOnly(boolean confirmedOnly) {
        return new MemberStrategy(preset, strategy, confirmedOnly);
    }
}
