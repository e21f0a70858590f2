package org.doorman.core.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Phrases of one language grouped in named sections ({@code [vague_benefit]}), matched against a request's stems.
 * Each phrase is stemmed by the same Lucene chain as the request, so "Vorteile" also finds "Vorteil". A {@code *} in
 * a phrase skips up to {@value #GAP} tokens.
 */
final class Lexicon {

    static final int GAP = 3;
    private static final String WILDCARD = "*";

    record Phrase(String section, String[] stems) {}

    /** A phrase found in the text, from token {@code from} to {@code to} inclusive. */
    record Match(String section, int from, int to) {}

    private final Map<String, List<Phrase>> byFirstStem = new HashMap<>();
    private final Map<String, java.util.Set<String>> wordsBySection = new HashMap<>();

    private Lexicon() {}

    static Lexicon load(String resource, Language language, TextAnalyzer analyzer) {
        var lexicon = new Lexicon();
        var stream = Objects.requireNonNull(Lexicon.class.getResourceAsStream(resource), resource);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String section = null;
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                if (section == null) {
                    throw new IllegalStateException(resource + ": phrase before the first [section]: " + line);
                }
                lexicon.add(section, stemsWithGaps(line, language, analyzer));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return lexicon;
    }

    private static String[] stemsWithGaps(String phrase, Language language, TextAnalyzer analyzer) {
        var stems = new ArrayList<String>();
        for (var part : phrase.split("\\s+")) {
            if (part.equals(WILDCARD)) {
                stems.add(WILDCARD);
            } else {
                stems.addAll(List.of(analyzer.analyze(part, language).stems()));
            }
        }
        return stems.toArray(String[]::new);
    }

    private void add(String section, String[] stems) {
        if (stems.length == 0 || stems[0].equals(WILDCARD)) {
            return;
        }
        byFirstStem.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(new Phrase(section, stems));
        var words = wordsBySection.computeIfAbsent(section, k -> new java.util.HashSet<>());
        for (var stem : stems) {
            if (!stem.equals(WILDCARD)) {
                words.add(stem);
            }
        }
    }

    /** Every single stem that occurs in a phrase of the section. */
    java.util.Set<String> words(String section) {
        return wordsBySection.getOrDefault(section, java.util.Set.of());
    }

    /** Every phrase found in the tokens, left to right. */
    List<Match> find(Tokens tokens) {
        var matches = new ArrayList<Match>();
        var stems = tokens.stems();
        for (int i = 0; i < stems.length; i++) {
            var candidates = byFirstStem.get(stems[i]);
            if (candidates == null) {
                continue;
            }
            for (var phrase : candidates) {
                int end = matchFrom(phrase.stems(), 1, stems, i + 1);
                if (end >= 0) {
                    matches.add(new Match(phrase.section(), i, end - 1));
                }
            }
        }
        return matches;
    }

    /** Matches phrase[p..] against stems[t..]; returns the token index after the match, or -1. */
    private static int matchFrom(String[] phrase, int p, String[] stems, int t) {
        if (p == phrase.length) {
            return t;
        }
        if (phrase[p].equals(WILDCARD)) {
            for (int skip = 0; skip <= GAP && t + skip <= stems.length; skip++) {
                int end = matchFrom(phrase, p + 1, stems, t + skip);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (t < stems.length && stems[t].equals(phrase[p])) {
            return matchFrom(phrase, p + 1, stems, t + 1);
        }
        return -1;
    }
}
