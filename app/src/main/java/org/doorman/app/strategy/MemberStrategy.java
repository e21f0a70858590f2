package org.doorman.app.strategy;

import java.util.Objects;
import java.util.Optional;
import org.doorman.core.strategy.Strategy;

/** A member's strategy and, when it is one of the presets, the preset's name. */
record MemberStrategy(Optional<String> preset, Strategy strategy) {
    MemberStrategy {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(strategy, "strategy");
    }

    static MemberStrategy ofPreset(String name) {
        return new MemberStrategy(Optional.of(name), Strategy.preset(name));
    }
}
