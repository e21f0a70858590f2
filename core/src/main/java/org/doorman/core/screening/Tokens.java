package org.doorman.core.screening;

/**
 * A request's text as Lucene tokenized it: the terms (lower-cased surface forms with their language-specific stems)
 * and the offsets into the text, index by index. Arrays are owned by this value and never changed after analysis.
 */
record Tokens(String text, Term[] terms, int[] starts, int[] ends, boolean[] numeric) {

    int size() {
        return terms.length;
    }

    /** The lower-cased surface form of token {@code i}. */
    String surface(int i) {
        return terms[i].surface;
    }

    /** The stem of token {@code i}. */
    String stem(int i) {
        return terms[i].stem;
    }

    /** The surface forms of all tokens, in a new array. */
    String[] surfaces() {
        var surfaces = new String[terms.length];
        for (int i = 0; i < surfaces.length; i++) {
            surfaces[i] = terms[i].surface;
        }
        return surfaces;
    }

    /** The stems of all tokens, in a new array. */
    String[] stems() {
        var stems = new String[terms.length];
        for (int i = 0; i < stems.length; i++) {
            stems[i] = terms[i].stem;
        }
        return stems;
    }

    /** The original words from token {@code from} to token {@code to} inclusive, as evidence. */
    String span(int from, int to) {
        return text.substring(starts[from], ends[to]);
    }
}
