package org.doorman.core.screening;

/**
 * Looks up the stems of a request for matching profile phrases: whole stems, stems that extend one another by at
 * least {@value #PREFIX} letters ("freiberufler", "freiberuflerin"), and, for German, compound parts.
 */
final class StemIndex {

    static final int PREFIX = 5;

    private static final int BUCKETS = 64;

    private final String[] stems;
    /** Token indexes ordered by the bucket of the first letter of their stem (in text order within a bucket)... */
    private final int[] byFirst;
    /** ...and where each bucket begins in {@link #byFirst}; bucket {@code b} ends where {@code b + 1} begins. */
    private final int[] bucketStart = new int[BUCKETS + 1];

    StemIndex(String[] stems) {
        this.stems = stems;
        var starts = bucketStart;
        for (var stem : stems) {
            if (!stem.isEmpty()) {
                starts[(stem.charAt(0) & (BUCKETS - 1)) + 1]++;
            }
        }
        for (int b = 0; b < BUCKETS; b++) {
            starts[b + 1] += starts[b];
        }
        byFirst = new int[starts[BUCKETS]];
        var filled = java.util.Arrays.copyOf(starts, BUCKETS);
        for (int i = 0; i < stems.length; i++) {
            if (!stems[i].isEmpty()) {
                byFirst[filled[stems[i].charAt(0) & (BUCKETS - 1)]++] = i;
            }
        }
    }

    /**
     * The first token whose stem equals {@code stem}, extends it or is extended by it (both at least
     * {@value #PREFIX} letters), or, with {@code compounds}, contains it as a part of at least six letters; or -1.
     * {@code letters} are the stem's {@link #letters}.
     */
    int find(String stem, long letters, boolean compounds) {
        int length = stem.length();
        if (length == 0) {
            return -1;
        }
        char first = stem.charAt(0);
        int bucket = first & (BUCKETS - 1);
        for (int k = bucketStart[bucket]; k < bucketStart[bucket + 1]; k++) {
            int i = byFirst[k];
            var other = stems[i];
            if (other.charAt(0) != first) {
                continue;
            }
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

    /** All stems in one string, " a b c", and where each begins: built once, when German compounds are looked up. */
    private String joined;

    private int[] starts;

    /** The tokens whose stems are longer than {@value #PREFIX} letters, in text order, and their letters. */
    private int[] longer;

    private long[] longerLetters;

    private int compoundPart(String stem, long letters) {
        if (joined == null) {
            var text = new StringBuilder(stems.length * 8);
            starts = new int[stems.length];
            longer = new int[stems.length];
            int n = 0;
            for (int i = 0; i < stems.length; i++) {
                text.append(' ');
                starts[i] = text.length();
                text.append(stems[i]);
                if (stems[i].length() > PREFIX) {
                    longer[n++] = i;
                }
            }
            joined = text.toString();
            longer = java.util.Arrays.copyOf(longer, n);
            longerLetters = new long[n];
            for (int k = 0; k < n; k++) {
                longerLetters[k] = letters(stems[longer[k]]);
            }
        }
        int at = joined.indexOf(stem);
        if (at >= 0) {
            int i = java.util.Arrays.binarySearch(starts, at);
            return i >= 0 ? i : -i - 2;
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
