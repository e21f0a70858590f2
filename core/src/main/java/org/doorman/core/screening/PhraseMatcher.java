package org.doorman.core.screening;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Finds a profile phrase (an offer, an interest, a group) in a request through stems, so that
 * "Steuerberatung für Freiberufler" is found in "meine erste Steuererklärung als Freiberuflerin". German compounds
 * match by a shared part of at least {@value #MIN_PART} letters.
 */
final class PhraseMatcher {

    static final int MIN_PART = 5;

    private final TextAnalyzer analyzer;
    private final CharArraySet stopwords;

    PhraseMatcher(TextAnalyzer analyzer, CharArraySet stopwords) {
        this.analyzer = analyzer;
        this.stopwords = stopwords;
    }

    /** A phrase found in the text and how much of it was found, in [0,1]. */
    record Found(String phrase, double share, String words) {}

    /** The best-covered of the phrases, if at least {@code minShare} of its content words occur in the text. */
    Optional<Found> best(List<String> phrases, Request request, double minShare) {
        if (phrases.isEmpty() || request.tokens().size() == 0) {
            return Optional.empty();
        }
        var stems = request.tokens().stems();
        Found best = null;
        for (var phrase : phrases) {
            var found = find(phrase, stems, request);
            if (found != null && found.share() >= minShare && (best == null || found.share() > best.share())) {
                best = found;
            }
        }
        return Optional.ofNullable(best);
    }

    private Found find(String phrase, String[] textStems, Request request) {
        var tokens = analyzer.analyze(TextAnalyzer.capped(phrase), request.language());
        int content = 0;
        int matched = 0;
        Set<String> words = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            var surface = tokens.surface()[i];
            if (surface.length() < 3 || stopwords.contains(surface) || tokens.numeric()[i]) {
                continue;
            }
            content++;
            int at = indexOf(tokens.stems()[i], textStems);
            if (at >= 0) {
                matched++;
                words.add(request.tokens().span(at, at));
            }
        }
        if (content == 0 || matched == 0) {
            return null;
        }
        return new Found(phrase.strip(), (double) matched / content, String.join(" ", words));
    }

    private static int indexOf(String stem, String[] textStems) {
        for (int i = 0; i < textStems.length; i++) {
            if (same(stem, textStems[i])) {
                return i;
            }
        }
        return -1;
    }

    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        var shorter = a.length() <= b.length() ? a : b;
        var longer = shorter == a ? b : a;
        if (shorter.length() < MIN_PART) {
            return false;
        }
        // prefix: "freiberufler"/"freiberuflerin"; compound part: "einwand"/"einwandbehandlung",
        // "beratung"/"steuerberatung"
        return longer.startsWith(shorter) || (shorter.length() >= MIN_PART + 1 && longer.contains(shorter));
    }

    static Set<String> asSet(String[] words) {
        return new HashSet<>(List.of(words));
    }
}
