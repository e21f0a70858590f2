package org.doorman.core.screening;

import java.util.List;

/** Raises a signal when phrases of its lexicon section occur, e.g. "Win-Win" for {@code vague_benefit}. */
final class CueDetector implements Detector {

    private final Weights weights;
    private final SignalName name;
    private final int section;

    CueDetector(Weights weights, SignalName name) {
        this.weights = weights;
        this.name = name;
        this.section = Cues.id(name.wireName());
    }

    @Override
    public void detect(Request request, List<Signal> signals) {
        if (request.hasCue(section)) {
            signals.add(weights.signal(name, request.evidence(section, 3)));
        }
    }
}
