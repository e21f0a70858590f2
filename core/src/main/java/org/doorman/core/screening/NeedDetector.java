package org.doorman.core.screening;

import java.util.ArrayList;
import java.util.List;

/** A concrete need, question or project: need phrases, questions to the member, and figures such as dates. */
record NeedDetector(Weights weights) implements Detector {

    private static final int STATES_NEED = Cues.id("states_need");
    private static final int TIME = Cues.id("time");
    /** A need put on the member ("Ihr Lager braucht mehr Platz?") is the question form of a sale, not a need. */
    private static final int MEMBER_NEED = Cues.id("member_need");

    @Override
    public void detect(Request request, List<Signal> signals) {
        if (request.cues().countApart(STATES_NEED, MEMBER_NEED) > 0) {
            signals.add(weights.signal(SignalName.STATES_NEED, request.evidence(STATES_NEED, 3)));
        }
        var text = request.tokens().text();
        int question = text.indexOf('?');
        if (question >= 0) {
            signals.add(weights.signal(SignalName.ASKS_QUESTION, sentenceBefore(text, question)));
        }
        var details = new ArrayList<String>();
        var tokens = request.tokens();
        for (int i = 0; i < tokens.size() && details.size() < 3; i++) {
            if (tokens.numeric()[i]) {
                details.add(tokens.span(i, Math.min(i + 1, tokens.size() - 1)));
            }
        }
        request.cues().spans(TIME, tokens, 3, details);
        if (!details.isEmpty()) {
            signals.add(weights.signal(
                    SignalName.CONCRETE_DETAILS, details.size() == 1 ? details.get(0) : String.join(", ", details)));
        }
    }

    /**
     * The sentence before the question mark at {@code end} (up to 80 characters). The window is copied out and read
     * forwards, every character alike: a loop over the string itself would read German and emoji texts (one or two
     * bytes a character) differently, and the JIT would have to compile it again for the kind it saw last.
     */
    private static String sentenceBefore(String text, int end) {
        int from = Math.max(0, end - 80);
        var window = new char[end - from];
        text.getChars(from, end, window, 0);
        int start = 0;
        for (int i = 0; i < window.length; i++) {
            char c = window[i];
            boolean ends = c == '.' | c == '!' | c == '?' | c == '\n';
            start = ends ? i + 1 : start;
        }
        return text.substring(from + start, end + 1).strip();
    }
}
