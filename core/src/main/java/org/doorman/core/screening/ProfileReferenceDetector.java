package org.doorman.core.screening;

import java.util.ArrayList;
import java.util.List;

/** A reference to the member's profile ("in Ihrem Profil") and to what the member offers, with the offer matched. */
record ProfileReferenceDetector(Weights weights, PhraseMatcher matcher) implements Detector {

    private static final int REFERENCES_PROFILE = Cues.id("references_profile");

    /** The parts of a headline; members receive many requests and their profiles change rarely. */
    private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> HEADLINES =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void detect(Request request, List<Signal> signals) {
        if (request.hasCue(REFERENCES_PROFILE)) {
            signals.add(weights.signal(SignalName.REFERENCES_PROFILE, request.evidence(REFERENCES_PROFILE, 2)));
        }
        var recipient = request.input().recipient();
        var key = recipient.headline() + '\n' + recipient.company();
        var headline = HEADLINES.get(key);
        if (headline == null) {
            headline = new ArrayList<>(4);
            splitHeadline(recipient.headline(), headline);
            withoutCompany(headline, recipient.company());
            if (HEADLINES.size() >= 20_000) {
                HEADLINES.clear();
            }
            HEADLINES.put(key, headline);
        }
        // The headline stands in for the offers only when the member lists none: otherwise its parts name a role,
        // a place or an employer ("Head of Procurement", "Dublin") as often as a trade, and sellers name them too.
        matcher.best(recipient.offers(), recipient.offers().isEmpty() ? headline : List.of(), request, 0.5)
                .ifPresent(found -> signals.add(weights.signal(SignalName.REFERENCES_OFFER, found.phrase())));
    }

    /**
     * Drops the parts of a headline that name the member's company ("Northbridge University"): naming where the
     * member works is not asking for what the member offers, and sellers name it as often as customers.
     */
    static void withoutCompany(List<String> parts, String company) {
        var name = company == null ? "" : company.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.length() < 3) {
            return;
        }
        parts.removeIf(part -> {
            var words = part.strip().toLowerCase(java.util.Locale.ROOT);
            return !words.isEmpty() && (words.contains(name) || name.contains(words));
        });
    }

    /** A headline like "Vertriebstrainerin | Telefonakquise & Einwandbehandlung" names offers between separators. */
    static void splitHeadline(String headline, List<String> into) {
        int start = 0;
        for (int i = 0; i <= headline.length(); i++) {
            if (i == headline.length() || "|,/•·;".indexOf(headline.charAt(i)) >= 0) {
                if (i > start) {
                    into.add(headline.substring(start, i));
                }
                start = i + 1;
            }
        }
    }
}
