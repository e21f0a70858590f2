package org.doorman.core.screening;

/**
 * A request's text as Lucene tokenized it: lower-cased surface forms, language-specific stems with their terms, and
 * the offsets into the text, index by index. Arrays are owned by this value and never changed after analysis.
 */
record Tokens(
        String text, String[] surface, String[] stems, Term[] terms, int[] starts, int[] ends, boolean[] numeric) {

    int size() {
        return surface.length;
    }

    /** The original words from token {@code from} to token {@code to} inclusive, as evidence. */
    String span(int from, int to) {
        return text.substring(starts[from], ends[to]);
    }
}
