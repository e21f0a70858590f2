package org.doorman.core.screening;

import java.util.ArrayList;
import java.util.List;

/** A reference to the member's profile ("in Ihrem Profil") and to what the member offers, with the offer matched. */
record ProfileReferenceDetector(Weights weights, PhraseMatcher matcher) implements Detector {

    @Override
    public List<Signal> detect(Request request) {
        var signals = new ArrayList<Signal>();
        if (request.hasCue("references_profile")) {
            signals.add(weights.signal(SignalName.REFERENCES_PROFILE, request.evidence("references_profile", 2)));
        }
        var recipient = request.input().recipient();
        var offers = new ArrayList<>(recipient.offers());
        if (!recipient.headline().isBlank()) {
            offers.addAll(List.of(recipient.headline().split("[|,/•·]")));
        }
        matcher.best(offers, request, 0.5)
                .ifPresent(found -> signals.add(weights.signal(SignalName.REFERENCES_OFFER, found.phrase())));
        return signals;
    }
}
