package org.doorman.core.screening;

import java.util.List;

/**
 * The direction of value, read from both sides: a need asks <em>for</em> what the member offers (or offers what the
 * member seeks); a sale offers the member something of the sender's, often in the form of a question that puts a
 * need on the member ("Is your team still doing payroll by hand?", "Wer entscheidet bei Ihnen über die
 * Dienstwagen?"). Both may be raised; the text model weighs them, and a request showing both goes to the member
 * when in doubt.
 */
record ValueDirectionDetector(Weights weights, PhraseMatcher matcher) implements Detector {

    private static final int MEMBER_NEED = Cues.id("member_need");
    /** Money from the member to the sender ("our fee is 22 %", "Aufnahmegebühr"), and the other way round. */
    private static final int MEMBER_PAYS = Cues.id("member_pays");

    private static final int SENDER_PAYS = Cues.id("sender_pays");
    /** The sender's own need in the first person ("wir brauchen", "we're looking for"). */
    private static final int SENDER_NEED = Cues.id("sender_need");
    /** The member recruited as partner or referrer for the sender's product, or praise hung on a paid offer. */
    private static final int PARTNER_PITCH = Cues.id("partner_pitch");

    private static final int FLATTERY_SALE = Cues.id("flattery_sale");
    /** The sender applies for a role ("I'd love to apply", "Stelle noch frei?"). */
    private static final int APPLIES = Cues.id("applies");
    /** The member's own search, named by the sender ("ihr sucht Physios", "saw you're hiring"). */
    private static final int MEMBER_SEARCH = Cues.id("member_search");

    @Override
    public void detect(Request request, List<Signal> signals) {
        String offer = null;
        String asks = null;
        String sells = null;
        boolean need = request.cues().countApart(SENDER_NEED, MEMBER_NEED) > 0 || request.hasCue(SENDER_PAYS);
        for (var signal : signals) {
            var name = SignalName.fromWireName(signal.name()).orElse(null);
            if (name == null) {
                continue;
            }
            switch (name) {
                case REFERENCES_OFFER -> offer = signal.evidence();
                case ASKS_FOR_MEMBER_OFFER -> asks = signal.evidence();
                case OFFERS_TO_MEMBER -> sells = signal.evidence();
                default -> {}
            }
        }
        // all of a sought phrase, or a long specific word of it ("Aluminiumguss"), not "drivers" in "driver monitoring"
        String seeks = matcher.best(request.input().recipient().seeks(), request, 1.0)
                .map(PhraseMatcher.Found::phrase)
                .orElse(null);
        boolean memberSide = seeks != null || offer != null;
        String onMember = request.hasCue(MEMBER_NEED) ? request.evidence(MEMBER_NEED, 2) : null;
        String memberPays = fromMember(request);
        if (memberPays == null) {
            if (seeks != null) {
                signals.add(weights.signal(SignalName.DIRECTION_NEED, "offers what the member seeks: " + seeks));
            } else if (onMember == null && request.hasCue(MEMBER_SEARCH)) {
                signals.add(weights.signal(
                        SignalName.DIRECTION_NEED,
                        "answers the member's search: " + request.evidence(MEMBER_SEARCH, 1)));
            } else if (request.hasCue(APPLIES)) {
                signals.add(weights.signal(
                        SignalName.DIRECTION_NEED, "applies for a role: " + request.evidence(APPLIES, 1)));
            } else if (offer != null && (asks != null || need)) {
                signals.add(weights.signal(
                        SignalName.DIRECTION_NEED,
                        "asks for the member's offer: " + offer + (asks != null ? " (" + asks + ")" : "")));
            }
        }
        if (onMember != null) {
            signals.add(weights.signal(
                    SignalName.DIRECTION_SALE,
                    "puts a need on the member: " + onMember
                            + (memberSide ? "" : "; the member neither offers nor seeks it")));
        } else if (memberPays != null) {
            signals.add(weights.signal(SignalName.DIRECTION_SALE, memberPays));
        } else if (!memberSide && sells != null && asks == null && !need) {
            signals.add(weights.signal(
                    SignalName.DIRECTION_SALE,
                    "offers the sender's own: " + sells + "; the member neither offers nor seeks it"));
        }
    }

    /**
     * What the member would give the sender, if the text says so: a fee or price ("our fee is 22 %", "einmalige
     * Aufnahmegebühr"), a partnership for the sender's product, or praise hung on a paid feature or award. Money named
     * the other way (a budget, "what do you charge") makes it a need.
     */
    private static String fromMember(Request request) {
        if (request.hasCue(SENDER_PAYS)) {
            return null;
        }
        if (request.hasCue(MEMBER_PAYS)) {
            return "the member would pay: " + request.evidence(MEMBER_PAYS, 2);
        }
        if (request.hasCue(PARTNER_PITCH)) {
            return "makes the member a partner for the sender's product: " + request.evidence(PARTNER_PITCH, 2);
        }
        if (request.hasCue(FLATTERY_SALE)) {
            return "praise hung on an offer: " + request.evidence(FLATTERY_SALE, 2);
        }
        return null;
    }
}
