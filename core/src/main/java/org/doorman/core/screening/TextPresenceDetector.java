package org.doorman.core.screening;

import java.util.List;
import java.util.Set;

/**
 * Whether the request carries any personal text: none at all, only the platform's default sentence or a bare
 * greeting ({@code default_text}), and whether it greets the member, by name or not.
 */
record TextPresenceDetector(Weights weights, Vocabulary vocabulary) implements Detector {

    private static final int GREETING = Cues.id("greeting");

    /** Words that carry no personal content in a contact request, per language: greetings, closings, "connect". */
    record Vocabulary(Set<String> german, Set<String> english) {
        Set<String> of(Language language) {
            return language == Language.DE ? german : english;
        }

        /**
         * How many words of the request carry personal content: not a greeting, closing, name or "connect" (the
         * terms know whether they are filler in their language).
         */
        int contentWords(Tokens tokens, boolean[] names, int signature) {
            int content = 0;
            var terms = tokens.terms();
            for (int i = 0; i < signature; i++) {
                if (terms[i].canCarryContent && !terms[i].filler && !names[i]) {
                    content++;
                }
            }
            return content;
        }

        static Vocabulary from(Lexicon german, Lexicon english) {
            return new Vocabulary(words(german), words(english));
        }

        private static Set<String> words(Lexicon lexicon) {
            var words = new java.util.HashSet<String>();
            words.addAll(lexicon.words("greeting"));
            words.addAll(lexicon.words("closing"));
            words.addAll(lexicon.words("connect"));
            words.addAll(lexicon.words("title"));
            return words;
        }
    }

    @Override
    public void detect(Request request, List<Signal> signals) {
        var tokens = request.tokens();
        if (request.input().message().isBlank()) {
            signals.add(weights.signal(SignalName.NO_TEXT, "no message"));
            return;
        }
        var names = request.names();
        if (request.contentWords() == 0) {
            signals.add(weights.signal(SignalName.DEFAULT_TEXT, excerpt(tokens)));
        }
        salutation(request, names).ifPresentOrElse(signals::add, () -> {
            if (tokens.size() > 0) {
                signals.add(weights.signal(SignalName.NO_SALUTATION, "no greeting"));
            }
        });
    }

    private java.util.Optional<Signal> salutation(Request request, Names names) {
        var tokens = request.tokens();
        // a greeting among the first three words; phrases come left to right, so the first one tells
        int first = request.cues().firstFrom(GREETING);
        int greeting = first >= 0 && first <= 2 ? request.cues().firstTo(GREETING) : -1;
        int name = -1;
        int window = Math.min(tokens.size(), 6);
        for (int i = 0; i < window; i++) {
            if (names.isRecipient(tokens.terms()[i])) {
                name = i;
            }
        }
        if (greeting < 0 && name < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(weights.signal(SignalName.SALUTATION, tokens.span(0, Math.max(greeting, name))));
    }

    private static String excerpt(Tokens tokens) {
        var text = tokens.text().strip();
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
