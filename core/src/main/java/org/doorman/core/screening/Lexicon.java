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

    /**
     * A trie over stems: each node knows the sections of the phrases ending there, and a gap edge for "*". Its
     * edges are kept by stem while the lexicon is read, then by the stems' numbers ({@link #word}), in order.
     */
    static final class Node {
        Map<String, Node> next = new HashMap<>();
        Node gap;
        int[] sections = new int[0];
        private int[] words = new int[0];
        private Node[] children = new Node[0];

        /** The node after the stem numbered {@code word}, or null. */
        Node child(int word) {
            if (word < 0) {
                return null; // most words continue no phrase
            }
            int at = java.util.Arrays.binarySearch(words, word);
            return at >= 0 ? children[at] : null;
        }

        private void freeze(Map<String, Integer> numbers) {
            var edges = new java.util.TreeMap<Integer, Node>();
            next.forEach((stem, node) -> edges.put(numbers.get(stem), node));
            words = edges.keySet().stream().mapToInt(Integer::intValue).toArray();
            children = edges.values().toArray(Node[]::new);
            next = null; // read no more
            for (var child : children) {
                child.freeze(numbers);
            }
            if (gap != null) {
                gap.freeze(numbers);
            }
        }
    }

    private final Node root = new Node();
    /** A number for each stem in a phrase after its first, so that a request's terms are walked without hashing. */
    private final Map<String, Integer> numbers = new HashMap<>();

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
        for (var start : lexicon.root.next.values()) { // the root keeps its edges by stem, for Lexicon#start
            start.freeze(lexicon.numbers);
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
        var node = root;
        for (var stem : stems) {
            if (stem.equals(WILDCARD)) {
                if (node.gap == null) {
                    node.gap = new Node();
                }
                node = node.gap;
            } else {
                if (node != root) {
                    numbers.putIfAbsent(stem, numbers.size());
                }
                node = node.next.computeIfAbsent(stem, k -> new Node());
            }
        }
        int id = Cues.id(section);
        if (!contains(node.sections, id)) {
            node.sections = java.util.Arrays.copyOf(node.sections, node.sections.length + 1);
            node.sections[node.sections.length - 1] = id;
        }
        var words = wordsBySection.computeIfAbsent(section, k -> new java.util.HashSet<>());
        for (var stem : stems) {
            if (!stem.equals(WILDCARD)) {
                words.add(stem);
            }
        }
    }

    private static boolean contains(int[] sections, int id) {
        for (int section : sections) {
            if (section == id) {
                return true;
            }
        }
        return false;
    }

    /** Every single stem that occurs in a phrase of the section. */
    java.util.Set<String> words(String section) {
        return wordsBySection.getOrDefault(section, java.util.Set.of());
    }

    /** Where the phrases that begin with this stem continue, or null when none does. */
    Node start(String stem) {
        return root.next.get(stem);
    }

    /** The number of a stem that continues a phrase, or -1 when no phrase continues with it. */
    int word(String stem) {
        return numbers.getOrDefault(stem, -1);
    }

    /**
     * Every phrase found in the tokens (analysed in this lexicon's language, so that their terms know where they
     * start in it), left to right; per start, the longest phrase of each section.
     */
    Cues find(Tokens tokens) {
        var cues = new Cues();
        var terms = tokens.terms();
        for (int i = 0; i < terms.length; i++) {
            var first = terms[i].start;
            if (first != null) {
                walk(first, terms, i, i + 1, cues);
            }
        }
        return cues;
    }

    /** Records the phrases ending at {@code node} (which matched up to token {@code t - 1}) and walks on. */
    private static void walk(Node node, Term[] terms, int from, int t, Cues cues) {
        for (int section : node.sections) {
            cues.add(section, from, t - 1);
        }
        if (t < terms.length && node.words.length > 0) {
            var next = node.child(terms[t].lexiconWord);
            if (next != null) {
                walk(next, terms, from, t + 1, cues);
            }
        }
        if (node.gap != null) {
            int end = Math.min(t + GAP + 1, terms.length);
            for (int at = t; at < end; at++) {
                var next = node.gap.child(terms[at].lexiconWord);
                if (next != null) {
                    walk(next, terms, from, at + 1, cues);
                    break;
                }
            }
        }
    }
}
