package org.doorman.core.screening;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Common ground: a group, school, employer or topic that sender and member share, from the context and the profiles
 * or named in the text; and a hook on the member's private interests.
 */
record CommonGroundDetector(Weights weights, PhraseMatcher matcher) implements Detector {

    private static final int SHARED_GROUP = Cues.id("shared_group");
    private static final int SHARED_SCHOOL = Cues.id("shared_school");
    private static final int SHARED_EMPLOYER = Cues.id("shared_employer");
    private static final int SHARED_TOPIC = Cues.id("shared_topic");

    /** The evidence of a group that the data shows both share, though the text does not name it. */
    static final String FROM_DATA = " (both members)";

    /** The groups both members belong to, from the context and from both profiles. */
    private static java.util.Set<String> sharedByData(ScreeningInput input) {
        var groups = new LinkedHashSet<String>(input.context().sharedGroups());
        for (var group : input.recipient().groups()) {
            if (input.sender().groups().contains(group)) {
                groups.add(group);
            }
        }
        return groups;
    }

    @Override
    public void detect(Request request, List<Signal> signals) {
        var input = request.input();
        var named = matcher.best(input.recipient().groups(), request, 0.5);
        if (named.isPresent()) {
            signals.add(weights.signal(SignalName.SHARED_GROUP, named.get().phrase()));
        } else if (request.hasCue(SHARED_GROUP)) {
            signals.add(weights.signal(SignalName.SHARED_GROUP, request.evidence(SHARED_GROUP, 2)));
        } else {
            var groups = sharedByData(input);
            if (!groups.isEmpty()) {
                signals.add(weights.signal(SignalName.SHARED_GROUP, String.join(", ", groups) + FROM_DATA));
            }
        }
        if (request.hasCue(SHARED_SCHOOL)) {
            signals.add(weights.signal(SignalName.SHARED_SCHOOL, request.evidence(SHARED_SCHOOL, 2)));
        }
        if (request.hasCue(SHARED_EMPLOYER)) {
            signals.add(weights.signal(SignalName.SHARED_EMPLOYER, request.evidence(SHARED_EMPLOYER, 2)));
        }
        if (request.hasCue(SHARED_TOPIC)) {
            signals.add(weights.signal(SignalName.SHARED_TOPIC, request.evidence(SHARED_TOPIC, 2)));
        }
        matcher.best(input.recipient().interests(), request, 0.5)
                .ifPresent(found -> signals.add(weights.signal(SignalName.PRIVATE_INTEREST_HOOK, found.phrase())));
    }
}
