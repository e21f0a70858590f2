package org.doorman.core.screening;

import java.util.EnumMap;
import java.util.Map;

/** How much each signal weighs; detectors take their weights from here rather than hard-coding them. */
final class Weights {

    private final double[] bySignal = new double[SignalName.values().length];

    Weights(Map<SignalName, Double> bySignal) {
        for (var name : SignalName.values()) {
            this.bySignal[name.ordinal()] = bySignal.getOrDefault(name, 1.0);
        }
    }

    double of(SignalName name) {
        return bySignal[name.ordinal()];
    }

    Signal signal(SignalName name, String evidence) {
        return new Signal(name.wireName(), of(name), evidence);
    }

    static Weights defaults() {
        var weights = new EnumMap<SignalName, Double>(SignalName.class);
        for (var name : SignalName.values()) {
            weights.put(name, 1.0);
        }
        weights.put(SignalName.NO_SALUTATION, 0.3);
        weights.put(SignalName.SALUTATION, 0.3);
        weights.put(SignalName.MUTUAL_CONTACTS, 0.2);
        weights.put(SignalName.VISITED_PROFILE, 0.2);
        weights.put(SignalName.ASKS_QUESTION, 0.5);
        weights.put(SignalName.CONCRETE_DETAILS, 0.5);
        weights.put(SignalName.REFERENCES_PROFILE, 0.7);
        weights.put(SignalName.SHARED_TOPIC, 0.6);
        weights.put(SignalName.LANGUAGE, 0.0);
        return new Weights(weights);
    }
}
