package org.doorman.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lexicon phrases found in a request, per section, left to right; of overlapping phrases of a section only the
 * longest is kept ("wir sind beide" over "sind beide"). Sections are numbered once for the lexicons of all languages.
 */
final class Cues {

    /** At most this many sections across all lexicons. */
    static final int SECTIONS = 64;

    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final List<String> NAMES = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The number of a section, given on first use. */
    static int id(String section) {
        var id = IDS.get(section);
        return id != null ? id : register(section);
    }

    private static synchronized int register(String section) {
        return IDS.computeIfAbsent(section, name -> {
            if (NAMES.size() == SECTIONS) {
                throw new IllegalStateException("more than " + SECTIONS + " lexicon sections");
            }
            NAMES.add(name);
            return NAMES.size() - 1;
        });
    }

    static String name(int section) {
        return NAMES.get(section);
    }

    static int sections() {
        return NAMES.size();
    }

    /** Per section: the first and the last of its phrases (index + 1; 0 for none) and how many. */
    private final int[] first;

    private final int[] last;
    private final int[] count;
    /** The phrases: where each begins and ends (tokens, inclusive) and the next of its section (index + 1). */
    private int[] from = new int[32];

    private int[] to = new int[32];
    private int[] next = new int[32];
    private int size;

    Cues() {
        int sections = sections();
        first = new int[sections];
        last = new int[sections];
        count = new int[sections];
    }

    /** A phrase of {@code section} found from token {@code from} to {@code to}; phrases come left to right. */
    void add(int section, int from, int to) {
        int previous = last[section] - 1;
        if (previous >= 0 && from <= this.to[previous]) {
            if (to - from > this.to[previous] - this.from[previous]) {
                this.from[previous] = from;
                this.to[previous] = to;
            }
            return;
        }
        if (size == this.from.length) {
            this.from = java.util.Arrays.copyOf(this.from, size * 2);
            this.to = java.util.Arrays.copyOf(this.to, size * 2);
            this.next = java.util.Arrays.copyOf(this.next, size * 2);
        }
        this.from[size] = from;
        this.to[size] = to;
        size++;
        if (previous >= 0) {
            next[previous] = size;
        } else {
            first[section] = size;
        }
        last[section] = size;
        count[section]++;
    }

    boolean has(int section) {
        return section < count.length && count[section] > 0;
    }

    /** How many phrases of the section by its number. */
    int count(int section) {
        return section < count.length ? count[section] : 0;
    }

    /** Where the first phrase of the section (by number) begins, or -1. */
    int firstFrom(int section) {
        return count(section) > 0 ? from[first[section] - 1] : -1;
    }

    /** Where the first phrase of the section (by number) ends, or -1. */
    int firstTo(int section) {
        return count(section) > 0 ? to[first[section] - 1] : -1;
    }

    /** The words of the phrases of a section (by number), left to right, into {@code words} until it holds {@code limit}. */
    void spans(int section, Tokens tokens, int limit, List<String> words) {
        if (section >= count.length) {
            return;
        }
        for (int i = first[section] - 1; i >= 0 && words.size() < limit; i = next[i] - 1) {
            words.add(tokens.span(from[i], to[i]));
        }
    }

    /** Where the last phrase of the section begins, or -1. */
    int lastFrom(String section) {
        int id = id(section);
        return id < count.length && count[id] > 0 ? from[last[id] - 1] : -1;
    }

    /** The words of the first phrases of a section, joined, as evidence; each distinct once. */
    String evidence(int id, Tokens tokens, int limit) {
        if (id >= count.length) {
            return "";
        }
        var words = new ArrayList<String>(limit);
        for (int i = first[id] - 1; i >= 0 && words.size() < limit; i = next[i] - 1) {
            var span = tokens.span(from[i], to[i]);
            if (!words.contains(span)) {
                words.add(span);
            }
        }
        return String.join(", ", words);
    }
}
