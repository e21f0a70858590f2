package org.doorman.core.screening;

/**
 * Looks up the stems of a request for matching profile phrases: whole stems, stems that extend one another by at
 * least {@value #PREFIX} letters ("freiberufler", "freiberuflerin"), and, for German, compound parts.
 */
final class StemIndex {

    static final int PREFIX = 5;

    private static final int BUCKETS = 64;

    private final String[] stems;
    /** Token indexes by the first letter of their stem, folded into {@value #BUCKETS} buckets. */
    private final int[][] byFirst;

    StemIndex(String[] stems) {
        this.stems = stems;
        var counts = new int[BUCKETS];
        for (var stem : stems) {
            if (!stem.isEmpty()) {
                counts[stem.charAt(0) & (BUCKETS - 1)]++;
            }
        }
        byFirst = new int[BUCKETS][];
        for (int b = 0; b < BUCKETS; b++) {
            byFirst[b] = new int[counts[b]];
        }
        var filled = new int[BUCKETS];
        for (int i = 0; i < stems.length; i++) {
            if (!stems[i].isEmpty()) {
                int b = stems[i].charAt(0) & (BUCKETS - 1);
                byFirst[b][filled[b]++] = i;
            }
        }
    }

    /**
     * The first token whose stem equals {@code stem}, extends it or is extended by it (both at least
     * {@value #PREFIX} letters), or, with {@code compounds}, contains it as a part of at least six letters; or -1.
     */
    int find(String stem, boolean compounds) {
        int length = stem.length();
        if (length == 0) {
            return -1;
        }
        char first = stem.charAt(0);
        for (int i : byFirst[first & (BUCKETS - 1)]) {
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
            return compoundPart(stem);
        }
        return -1;
    }

    /** All stems in one string, " a b c", and where each begins: built once, when German compounds are looked up. */
    private String joined;

    private int[] starts;

    private int compoundPart(String stem) {
        if (joined == null) {
            var text = new StringBuilder(stems.length * 8);
            starts = new int[stems.length];
            for (int i = 0; i < stems.length; i++) {
                text.append(' ');
                starts[i] = text.length();
                text.append(stems[i]);
            }
            joined = text.toString();
        }
        int at = joined.indexOf(stem);
        if (at >= 0) {
            int i = java.util.Arrays.binarySearch(starts, at);
            return i >= 0 ? i : -i - 2;
        }
        for (int i = 0; i < stems.length; i++) {
            var other = stems[i];
            if (other.length() > PREFIX && stem.length() > other.length() && stem.contains(other)) {
                return i;
            }
        }
        return -1;
    }
}
