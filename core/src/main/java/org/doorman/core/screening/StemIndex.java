package org.doorman.core.screening;

/**
 * Looks up the stems of a request for matching profile phrases: whole stems, stems that extend one another by at
 * least {@value #PREFIX} letters ("freiberufler", "freiberuflerin"), and, for German, compound parts.
 */
final class StemIndex {

    static final int PREFIX = 5;

    private final String[] stems;

    StemIndex(String[] stems) {
        this.stems = stems;
    }

    /**
     * The first token whose stem equals {@code stem}, extends it or is extended by it (both at least
     * {@value #PREFIX} letters), or, with {@code compounds}, contains it as a part of at least six letters; or -1.
     */
    int find(String stem, boolean compounds) {
        int length = stem.length();
        char first = length == 0 ? 0 : stem.charAt(0);
        for (int i = 0; i < stems.length; i++) {
            var other = stems[i];
            if (other.length() == 0 || other.charAt(0) != first) {
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
            for (int i = 0; i < stems.length; i++) {
                var other = stems[i];
                if ((other.length() > length && other.contains(stem))
                        || (other.length() > PREFIX && length > other.length() && stem.contains(other))) {
                    return i;
                }
            }
        }
        return -1;
    }
}
