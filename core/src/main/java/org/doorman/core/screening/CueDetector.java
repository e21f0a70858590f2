package org.doorman.core.screening;

import java.util.List;

/** Raises a signal when phrases of its lexicon section occur, e.g. "Win-Win" for {@code vague_benefit}. */
record CueDetector(Weights weights, SignalName name) implements Detector {

    @Override
    public List<Signal> detect(Request request) {
        if (!request.hasCue(name.wireName())) {
            return List.of();
        }
        return List.of(weights.signal(name, request.evidence(name.wireName(), 3)));
    }
}
