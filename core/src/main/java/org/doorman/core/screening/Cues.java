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

    /**
     * Per section {@code s}, at {@code 3s}, {@code 3s + 1} and {@code 3s + 2}: its first and its last phrase (index
     * + 1; 0 for none) and how many it has. One array, so that a request allocates little.
     */
    private final int[] sections;
    /**
     * Per phrase {@code p}, at {@code 3p}, {@code 3p + 1} and {@code 3p + 2}: where it begins and ends (tokens,
     * inclusive) and the next of its section (index + 1).
     */
    private int[] phrases = new int[3 * 32];

    private int size;

    Cues() {
        sections = new int[3 * sections()];
    }

    private int first(int section) {
        return sections[3 * section];
    }

    private int last(int section) {
        return sections[3 * section + 1];
    }

    private int from(int phrase) {
        return phrases[3 * phrase];
    }

    private int to(int phrase) {
        return phrases[3 * phrase + 1];
    }

    private int next(int phrase) {
        return phrases[3 * phrase + 2];
    }

    /** A phrase of {@code section} found from token {@code from} to {@code to}; phrases come left to right. */
    void add(int section, int from, int to) {
        int previous = last(section) - 1;
        if (previous >= 0 && from <= to(previous)) {
            if (to - from > to(previous) - from(previous)) {
                phrases[3 * previous] = from;
                phrases[3 * previous + 1] = to;
            }
            return;
        }
        if (3 * size == phrases.length) {
            phrases = java.util.Arrays.copyOf(phrases, phrases.length * 2);
        }
        phrases[3 * size] = from;
        phrases[3 * size + 1] = to;
        size++;
        if (previous >= 0) {
            phrases[3 * previous + 2] = size;
        } else {
            sections[3 * section] = size;
        }
        sections[3 * section + 1] = size;
        sections[3 * section + 2]++;
    }

    boolean has(int section) {
        return count(section) > 0;
    }

    /** How many phrases of the section by its number. */
    int count(int section) {
        return 3 * section < sections.length ? sections[3 * section + 2] : 0;
    }

    /** Where the first phrase of the section (by number) begins, or -1. */
    int firstFrom(int section) {
        return count(section) > 0 ? from(first(section) - 1) : -1;
    }

    /** Where the first phrase of the section (by number) ends, or -1. */
    int firstTo(int section) {
        return count(section) > 0 ? to(first(section) - 1) : -1;
    }

    /** The words of the phrases of a section (by number), left to right, into {@code words} until it holds {@code limit}. */
    void spans(int section, Tokens tokens, int limit, List<String> words) {
        if (count(section) == 0) {
            return;
        }
        for (int i = first(section) - 1; i >= 0 && words.size() < limit; i = next(i) - 1) {
            words.add(tokens.span(from(i), to(i)));
        }
    }

    /**
     * How many phrases of {@code section} (by number) overlap no phrase of {@code other}: "braucht" in "Ihr Lager
     * braucht" is the member's need, not the sender's.
     */
    int countApart(int section, int other) {
        if (count(other) == 0) {
            return count(section);
        }
        int apart = 0;
        for (int i = count(section) > 0 ? first(section) - 1 : -1; i >= 0; i = next(i) - 1) {
            boolean overlapping = false;
            for (int j = first(other) - 1; j >= 0 && !overlapping; j = next(j) - 1) {
                overlapping = from(i) <= to(j) && from(j) <= to(i);
            }
            apart += overlapping ? 0 : 1;
        }
        return apart;
    }

    /** Where the last phrase of the section begins, or -1. */
    int lastFrom(String section) {
        int id = id(section);
        return count(id) > 0 ? from(last(id) - 1) : -1;
    }

    /** The words of the first phrases of a section, joined, as evidence; each distinct once. */
    String evidence(int id, Tokens tokens, int limit) {
        if (count(id) == 0) {
            return "";
        }
        var words = new ArrayList<String>(limit);
        for (int i = first(id) - 1; i >= 0 && words.size() < limit; i = next(i) - 1) {
            var span = tokens.span(from(i), to(i));
            if (!words.contains(span)) {
                words.add(span);
            }
        }
        return words.size() == 1 ? words.get(0) : String.join(", ", words);
    }
}
