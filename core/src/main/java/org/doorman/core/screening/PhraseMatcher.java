package org.doorman.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Finds a profile phrase (an offer, an interest, a group) in a request through stems, so that
 * "Steuerberatung für Freiberufler" is found in "meine erste Steuererklärung als Freiberuflerin". In German, compound
 * parts of six letters or more match too ("Einwände" in "Einwandbehandlung"). Stopwords and generic words
 * ("Beratung", "services") do not count unless a phrase has nothing else. Phrases are prepared once and remembered.
 */
final class PhraseMatcher {

    static final int SPECIFIC = 8;
    private static final int CACHE_LIMIT = 20_000;

    private final TextAnalyzer analyzer;
    private final CharArraySet stopwords;
    private final Set<String> generic;
    private final ConcurrentHashMap<String, Phrase> german = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Phrase> english = new ConcurrentHashMap<>();

    PhraseMatcher(TextAnalyzer analyzer, CharArraySet stopwords, Set<String> generic) {
        this.analyzer = analyzer;
        this.stopwords = stopwords;
        this.generic = generic;
    }

    /** A phrase with the stems that must be found for it. */
    private record Phrase(String text, StemIndex.Stem[] content) {}

    /** A phrase found in the text: the share of its content words found, and the longest word found. */
    record Found(String phrase, double share, int longest) {
        boolean specific() {
            return longest >= SPECIFIC;
        }
    }

    /** The best-covered of the phrases that is found at least in {@code minShare} or by a specific word. */
    Optional<Found> best(List<String> phrases, Request request, double minShare) {
        return best(phrases, List.of(), request, minShare);
    }

    /** The best of the phrases of both lists, as {@link #best(List, Request, double)}; the first list wins ties. */
    Optional<Found> best(List<String> phrases, List<String> more, Request request, double minShare) {
        if ((phrases.isEmpty() && more.isEmpty()) || request.tokens().size() == 0) {
            return Optional.empty();
        }
        var best = better(null, phrases, request, minShare);
        return Optional.ofNullable(better(best, more, request, minShare));
    }

    private Found better(Found best, List<String> phrases, Request request, double minShare) {
        for (int i = 0; i < phrases.size(); i++) {
            var text = phrases.get(i);
            if (text.isBlank()) {
                continue;
            }
            var found = find(prepared(text, request.language()), request);
            if (found != null
                    && (found.share() >= minShare || found.specific())
                    && (best == null || score(found) > score(best))) {
                best = found;
            }
        }
        return best;
    }

    private static double score(Found found) {
        return found.share() + found.longest() / 100.0;
    }

    private Found find(Phrase phrase, Request request) {
        if (phrase.content().length == 0) {
            return null;
        }
        boolean compounds = request.language() == Language.DE;
        int matched = 0;
        int longest = 0;
        var content = phrase.content();
        for (var stem : content) {
            int at = request.stems().find(stem, compounds);
            if (at >= 0) {
                matched++;
                longest = Math.max(
                        longest,
                        Math.min(stem.length(), request.tokens().stem(at).length()));
            }
        }
        if (matched == 0) {
            return null;
        }
        return new Found(phrase.text(), (double) matched / content.length, longest);
    }

    private Phrase prepared(String text, Language language) {
        var cache = language == Language.DE ? german : english;
        var phrase = cache.get(text);
        if (phrase == null) {
            phrase = prepare(text, language);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(text, phrase);
        }
        return phrase;
    }

    private Phrase prepare(String text, Language language) {
        var tokens = analyzer.analyze(TextAnalyzer.capped(text), language);
        var specific = new ArrayList<String>();
        var all = new ArrayList<String>();
        for (int i = 0; i < tokens.size(); i++) {
            var surface = tokens.surface(i);
            if (surface.length() < 3 || tokens.numeric()[i] || stopwords.contains(surface)) {
                continue;
            }
            var stem = tokens.stem(i);
            all.add(stem);
            if (!generic.contains(stem)) {
                specific.add(stem);
            }
        }
        var stems = specific.isEmpty() ? all : specific;
        var content = new StemIndex.Stem[stems.size()];
        for (int k = 0; k < content.length; k++) {
            content[k] = StemIndex.Stem.of(stems.get(k));
        }
        return new Phrase(text.strip(), content);
    }
}
