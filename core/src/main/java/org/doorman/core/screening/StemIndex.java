package org.doorman.core.screening;

/**
 * Looks up the stems of a request for matching profile phrases: whole stems, stems that extend one another by at
 * least {@value #PREFIX} letters ("freiberufler", "freiberuflerin"), and, for German, compound parts.
 */
final class StemIndex {

    static final int PREFIX = 5;

    private static final int BUCKETS = 64;

    /** The first letter of an empty stem. */
    static final char EMPTY = '\uffff';

    /** The request's terms: each knows its stem, its stem's first letter and its first four letters. */
    private final Term[] terms;
    /** Token indexes ordered by the bucket of the first letter of their stem (in text order within a bucket)... */
    private final int[] byFirst;
    /** ...and where each bucket begins in {@link #byFirst}; bucket {@code b} ends where {@code b + 1} begins. */
    private final int[] bucketStart = new int[BUCKETS + 1];

    /** An index of bare stems (each its own surface), for tests. */
    StemIndex(String[] stems) {
        this(java.util.Arrays.stream(stems).map(stem -> new Term(stem, stem)).toArray(Term[]::new));
    }

    /** The stems of a request's tokens, read off their terms. */
    static StemIndex of(Tokens tokens) {
        return new StemIndex(tokens.terms());
    }

    /**
     * The first four characters of a stem in one number (16 bits each, left-aligned, zero where the stem is
     * shorter): equal stems share it, and so do two stems of at least {@value #PREFIX} letters of which one begins
     * with the other.
     */
    static long head(String stem) {
        var first = new char[4]; // copied out: a loop over the string would depend on how the string stores it
        stem.getChars(0, Math.min(4, stem.length()), first, 0);
        return (long) first[0] << 48 | (long) first[1] << 32 | (long) first[2] << 16 | first[3];
    }

    private StemIndex(Term[] terms) {
        this.terms = terms;
        var starts = bucketStart;
        for (var term : terms) {
            if (term.first != EMPTY) {
                starts[term.first & (BUCKETS - 1)]++;
            }
        }
        for (int b = 1; b < BUCKETS; b++) {
            starts[b] += starts[b - 1]; // now where each bucket ends
        }
        starts[BUCKETS] = starts[BUCKETS - 1];
        byFirst = new int[starts[BUCKETS]];
        for (int i = terms.length - 1; i >= 0; i--) { // backwards from each end, so each ends up at its start
            char first = terms[i].first;
            if (first != EMPTY) {
                byFirst[--starts[first & (BUCKETS - 1)]] = i;
            }
        }
    }

    /** A stem looked up again and again (a profile phrase's), with its length, first letter and letters. */
    record Stem(String text, int length, char first, long head, long letters) {
        static Stem of(String text) {
            return new Stem(
                    text,
                    text.length(),
                    text.isEmpty() ? EMPTY : text.charAt(0),
                    StemIndex.head(text),
                    StemIndex.letters(text));
        }
    }

    /**
     * The first token whose stem equals {@code stem}, extends it or is extended by it (both at least
     * {@value #PREFIX} letters), or, with {@code compounds}, contains it as a part of at least six letters; or -1.
     */
    int find(Stem wanted, boolean compounds) {
        int length = wanted.length();
        if (length == 0) {
            return -1;
        }
        var stem = wanted.text();
        long letters = wanted.letters();
        long head = wanted.head();
        int bucket = wanted.first() & (BUCKETS - 1);
        for (int k = bucketStart[bucket]; k < bucketStart[bucket + 1]; k++) {
            int i = byFirst[k];
            var term = terms[i];
            if (term.head != head) {
                continue;
            }
            var other = term.stem;
            if (other.equals(stem)) {
                return i;
            }
            if (length >= PREFIX
                    && other.length() >= PREFIX
                    && (other.length() > length ? other.startsWith(stem) : stem.startsWith(other))) {
                return i;
            }
        }
        if (compounds && length > PREFIX) {
            return compoundPart(stem, letters);
        }
        return -1;
    }

    /** The tokens whose stems are longer than {@value #PREFIX} letters, in text order, and their letters. */
    private int[] longer;

    private long[] longerLetters;

    /**
     * The first token whose stem contains {@code stem}; else the first whose stem (longer than {@value #PREFIX}
     * letters) is contained in it. A word with a letter the other lacks is passed over without a search.
     */
    private int compoundPart(String stem, long letters) {
        if (longer == null) {
            longer = new int[terms.length];
            int n = 0;
            for (int i = 0; i < terms.length; i++) {
                if (terms[i].stem.length() > PREFIX) {
                    longer[n++] = i;
                }
            }
            longer = java.util.Arrays.copyOf(longer, n);
            longerLetters = new long[n];
            for (int k = 0; k < n; k++) {
                longerLetters[k] = terms[longer[k]].letters;
            }
        }
        for (int k = 0; k < longer.length; k++) {
            var other = terms[longer[k]].stem;
            if ((letters & ~longerLetters[k]) == 0 && other.length() >= stem.length() && other.contains(stem)) {
                return longer[k];
            }
        }
        for (int k = 0; k < longer.length; k++) {
            var other = terms[longer[k]].stem;
            if ((longerLetters[k] & ~letters) == 0 && stem.length() > other.length() && stem.contains(other)) {
                return longer[k];
            }
        }
        return -1;
    }

    /** The letters of a word as bits (folded into 64), so that a word with a letter the other lacks is passed over. */
    static long letters(String word) {
        long letters = 0;
        for (char c : word.toCharArray()) {
            letters |= 1L << c;
        }
        return letters;
    }
}
