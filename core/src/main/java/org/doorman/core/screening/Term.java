package org.doorman.core.screening;

/**
 * A word of one language as screening reads it: its stem, and what the lexicon and the text model need of it. Each
 * thread works a term out once and then hands out the same one whenever the word comes back.
 */
final class Term {

    final String surface;
    final String stem;
    /** The lower-cased surface's length, and whether it has more than one character and begins with a letter. */
    final int length;

    final boolean wordLike;
    /** Two characters or more with a letter among them: a word that can carry content, unless it is filler. */
    final boolean canCarryContent;

    private boolean noted;
    /** The text model whose weights for this term's features {@link #summed} holds. */
    private Object summedBy;

    private double[] summed;
    /** Where the lexicon's phrases that begin with this stem continue, or null. */
    Lexicon.Node start;
    /** A greeting, closing, title or "connect": no personal content. */
    boolean filler;
    /** The text model's buckets of the stem, and of the first and last letters of the surface (0: too short). */
    int wordBucket;

    int prefixBucket;
    int suffixBucket;

    Term(String surface, String stem) {
        this.surface = surface;
        this.stem = stem;
        this.length = surface.length();
        this.wordLike = length > 1 && Character.isLetter(surface.charAt(0));
        this.canCarryContent = length > 1 && surface.chars().anyMatch(Character::isLetter);
    }

    boolean noted() {
        return noted;
    }

    /** Takes the notes of the screener that reads this term; done once, on the thread that owns the term. */
    void note(Lexicon.Node start, boolean filler, int wordBucket, int prefixBucket, int suffixBucket) {
        this.start = start;
        this.filler = filler;
        this.wordBucket = wordBucket;
        this.prefixBucket = prefixBucket;
        this.suffixBucket = suffixBucket;
        this.noted = true;
    }

    /** The weights of this term's word features summed per class by {@code model}, or null. */
    double[] summed(Object model) {
        return summedBy == model ? summed : null;
    }

    void sum(Object model, double[] summed) {
        this.summedBy = model;
        this.summed = summed;
    }

    /** How a screener notes what it needs of a new term. */
    interface Notes {
        void note(Term term, Language language);
    }
}
