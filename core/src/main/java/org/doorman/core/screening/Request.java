package org.doorman.core.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One request as the detectors see it: the input, its analysed text and the lexicon phrases found in it. */
record Request(
        ScreeningInput input,
        Language language,
        Tokens tokens,
        Map<String, List<Lexicon.Match>> cues,
        Names names,
        boolean[] nameTokens,
        StemIndex stems,
        int contentWords) {

    static Request of(
            ScreeningInput input,
            Language language,
            Tokens tokens,
            List<Lexicon.Match> matches,
            TextPresenceDetector.Vocabulary vocabulary) {
        var cues = new HashMap<String, List<Lexicon.Match>>();
        for (var match : matches) {
            var section = cues.computeIfAbsent(match.section(), k -> new ArrayList<>());
            // phrases come left to right; of overlapping ones keep the longest ("wir sind beide" over "sind beide")
            var last = section.isEmpty() ? null : section.get(section.size() - 1);
            if (last != null && match.from() <= last.to()) {
                if (match.to() - match.from() > last.to() - last.from()) {
                    section.set(section.size() - 1, match);
                }
                continue;
            }
            section.add(match);
        }
        var names = Names.of(input);
        var nameTokens = names.flags(tokens);
        return new Request(
                input,
                language,
                tokens,
                cues,
                names,
                nameTokens,
                new StemIndex(tokens.stems()),
                vocabulary.contentWords(tokens, nameTokens, signature(tokens, cues)));
    }

    /**
     * Where the signature begins: after the last closing ("Viele Grüße", "Best,") in the second half of the text,
     * names, titles and addresses follow that are not the request's content.
     */
    private static int signature(Tokens tokens, Map<String, List<Lexicon.Match>> cues) {
        var closings = cues.get("closing");
        if (closings == null) {
            return tokens.size();
        }
        var last = closings.get(closings.size() - 1);
        return last.from() >= tokens.size() / 2 ? last.from() : tokens.size();
    }

    List<Lexicon.Match> cue(String section) {
        return cues.getOrDefault(section, List.of());
    }

    boolean hasCue(String section) {
        return cues.containsKey(section);
    }

    /** The words of the first matches of a section, joined, as evidence. */
    String evidence(String section, int limit) {
        var words = new ArrayList<String>();
        for (var match : cue(section)) {
            var span = tokens.span(match.from(), match.to());
            if (!words.contains(span)) {
                words.add(span);
            }
            if (words.size() == limit) {
                break;
            }
        }
        return String.join(", ", words);
    }
}
