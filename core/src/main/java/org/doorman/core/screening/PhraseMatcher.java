package org.doorman.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Finds a profile phrase (an offer, an interest, a group) in a request through stems, so that
 * "Steuerberatung für Freiberufler" is found in "meine erste Steuererklärung als Freiberuflerin". German compounds
 * match by a shared part of at least {@value #MIN_PART} letters. Stopwords and generic words ("Beratung", "services")
 * do not count unless a phrase has nothing else.
 */
final class PhraseMatcher {

    static final int MIN_PART = 5;
    static final int SPECIFIC = 8;

    private final TextAnalyzer analyzer;
    private final CharArraySet stopwords;
    private final Set<String> generic;

    PhraseMatcher(TextAnalyzer analyzer, CharArraySet stopwords, Set<String> generic) {
        this.analyzer = analyzer;
        this.stopwords = stopwords;
        this.generic = generic;
    }

    /**
     * A phrase found in the text: the share of its content words found, the longest word found, and the words of
     * the text that matched.
     */
    record Found(String phrase, double share, int longest, String words) {
        boolean specific() {
            return longest >= SPECIFIC;
        }
    }

    /** The best-covered of the phrases that is found at least in {@code minShare} or by a specific word. */
    Optional<Found> best(List<String> phrases, Request request, double minShare) {
        if (phrases.isEmpty() || request.tokens().size() == 0) {
            return Optional.empty();
        }
        Found best = null;
        for (var phrase : phrases) {
            if (phrase.isBlank()) {
                continue;
            }
            var found = find(phrase, request);
            if (found != null
                    && (found.share() >= minShare || found.specific())
                    && (best == null || score(found) > score(best))) {
                best = found;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double score(Found found) {
        return found.share() + found.longest() / 100.0;
    }

    private Found find(String phrase, Request request) {
        var tokens = analyzer.phrase(phrase, request.language());
        var text = request.tokens();
        int content = 0;
        int matched = 0;
        int longest = 0;
        var words = new ArrayList<String>(2);
        boolean onlyGeneric = true;
        for (int i = 0; i < tokens.size(); i++) {
            if (isContent(tokens, i) && !generic.contains(tokens.stems()[i])) {
                onlyGeneric = false;
                break;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!isContent(tokens, i) || (!onlyGeneric && generic.contains(tokens.stems()[i]))) {
                continue;
            }
            content++;
            int at = indexOf(tokens.stems()[i], text.stems());
            if (at >= 0) {
                matched++;
                longest = Math.max(longest, Math.min(tokens.stems()[i].length(), text.stems()[at].length()));
                var word = text.span(at, at);
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
        }
        if (content == 0 || matched == 0) {
            return null;
        }
        return new Found(phrase.strip(), (double) matched / content, longest, String.join(" ", words));
    }

    private boolean isContent(Tokens tokens, int i) {
        var surface = tokens.surface()[i];
        return surface.length() >= 3 && !tokens.numeric()[i] && !stopwords.contains(surface);
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
        // prefix: "freiberufler"/"freiberuflerin"; compound part: "einwand"/"einwandbehandlung"
        return longer.startsWith(shorter) || (shorter.length() >= MIN_PART + 1 && longer.contains(shorter));
    }
}
