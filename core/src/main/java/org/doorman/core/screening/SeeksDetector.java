package org.doorman.core.screening;

import java.util.List;

/**
 * The request offers what the member says they seek ("QA-Fachkräfte mit GMP-Erfahrung" to a recruiter who seeks
 * them, a freight forwarder to a customs agent who seeks forwarders as partners): the sender's own trade is then
 * no sale but what the member asked for.
 */
record SeeksDetector(Weights weights, PhraseMatcher matcher) implements Detector {

    @Override
    public void detect(Request request, List<Signal> signals) {
        matcher.best(request.input().recipient().seeks(), request, 0.5)
                .ifPresent(found -> signals.add(weights.signal(SignalName.MATCHES_MEMBER_SEEKS, found.phrase())));
    }
}
