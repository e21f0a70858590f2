package org.doorman.core.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * The sender names their own trade or product ("as a fleet broker we can beat dealer rates"): the other half of the
 * direction of value. A need asks for the member's offer; a sale offers the member what the sender sells.
 */
record SenderTradeDetector(Weights weights, PhraseMatcher matcher) implements Detector {

    @Override
    public void detect(Request request, List<Signal> signals) {
        var sender = request.input().sender();
        var trade = new ArrayList<String>(4);
        ProfileReferenceDetector.splitHeadline(sender.headline(), trade);
        trade.addAll(sender.offers());
        matcher.best(trade, request, 0.5)
                .ifPresent(found -> signals.add(weights.signal(SignalName.SENDER_TRADE, found.phrase())));
    }
}
