package org.doorman.core.screening;

/**
 * Looks up the stems of a request for matching profile phrases: whole stems, stems that extend one another by at
 * least {@value #PREFIX} letters ("freiberufler", "freiberuflerin"), and, for German, compound parts.
 */
final class StemIndex {

    static final int PREFIX = 5;

    private static final int BUCKETS = 64;

    private final String[] stems;
    /** The first letter of each stem ({@link #EMPTY} for an empty one), read without touching the stem... */
    private final char[] firsts;
    /** ...and its first four letters ({@link #head}), which two stems share whenever one matches the other. */
    private final long[] heads;

    static final char EMPTY = '\uffff';
    /** Token indexes ordered by the bucket of the first letter of their stem (in text order within a bucket)... */
    private final int[] byFirst;
    /** ...and where each bucket begins in {@link #byFirst}; bucket {@code b} ends where {@code b + 1} begins. */
    private final int[] bucketStart = new int[BUCKETS + 1];

    StemIndex(String[] stems) {
        this(stems, firsts(stems), heads(stems));
    }

    /** The stems of a request's tokens, their first letters read off their terms. */
    static StemIndex of(Tokens tokens) {
        var firsts = new char[tokens.size()];
        var heads = new long[tokens.size()];
        var terms = tokens.terms();
        for (int i = 0; i < firsts.length; i++) {
            firsts[i] = terms[i].first;
            heads[i] = terms[i].head;
        }
        return new StemIndex(tokens.stems(), firsts, heads);
    }

    private static long[] heads(String[] stems) {
        var heads = new long[stems.length];
        for (int i = 0; i < stems.length; i++) {
            heads[i] = head(stems[i]);
        }
        return heads;
    }

    /**
     * The first four characters of a stem in one number (16 bits each, left-aligned, zero where the stem is
     * shorter): equal stems share it, and so do two stems of at least {@value #PREFIX} letters of which one begins
     * with the other.
     */
    static long head(String stem) {
        long head = 0;
        for (int i = 0; i < 4; i++) {
            head = head << 16 | (i < stem.length() ? stem.charAt(i) : 0);
        }
        return head;
    }

    private static char[] firsts(String[] stems) {
        var firsts = new char[stems.length];
        for (int i = 0; i < stems.length; i++) {
            firsts[i] = stems[i].isEmpty() ? EMPTY : stems[i].charAt(0);
        }
        return firsts;
    }

    private StemIndex(String[] stems, char[] firsts, long[] heads) {
        this.stems = stems;
        this.firsts = firsts;
        this.heads = heads;
        var starts = bucketStart;
        for (char first : firsts) {
            if (first != EMPTY) {
                starts[first & (BUCKETS - 1)]++;
            }
        }
        for (int b = 1; b < BUCKETS; b++) {
            starts[b] += starts[b - 1]; // now where each bucket ends
        }
        starts[BUCKETS] = starts[BUCKETS - 1];
        byFirst = new int[starts[BUCKETS]];
        for (int i = stems.length - 1; i >= 0; i--) { // backwards from each end, so each ends up at its start
            if (firsts[i] != EMPTY) {
                byFirst[--starts[firsts[i] & (BUCKETS - 1)]] = i;
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
            if (heads[i] != head) {
                continue;
            }
            var other = stems[i];
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
            longer = new int[stems.length];
            int n = 0;
            for (int i = 0; i < stems.length; i++) {
                if (stems[i].length() > PREFIX) {
                    longer[n++] = i;
                }
            }
            longer = java.util.Arrays.copyOf(longer, n);
            longerLetters = new long[n];
            for (int k = 0; k < n; k++) {
                longerLetters[k] = letters(stems[longer[k]]);
            }
        }
        for (int k = 0; k < longer.length; k++) {
            var other = stems[longer[k]];
            if ((letters & ~longerLetters[k]) == 0 && other.length() >= stem.length() && other.contains(stem)) {
                return longer[k];
            }
        }
        for (int k = 0; k < longer.length; k++) {
            var other = stems[longer[k]];
            if ((longerLetters[k] & ~letters) == 0 && stem.length() > other.length() && stem.contains(other)) {
                return longer[k];
            }
        }
        return -1;
    }

    /** The letters of a word as bits (folded into 64), so that a word with a letter the other lacks is passed over. */
    static long letters(String word) {
        long letters = 0;
        for (int i = 0; i < word.length(); i++) {
            letters |= 1L << word.charAt(i);
        }
        return letters;
    }
}
