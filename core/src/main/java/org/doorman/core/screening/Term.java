package org.doorman.core.screening;

/**
 * A word of one language as screening reads it: its stem, and what the lexicon and the text model need of it. Each
 * thread works a term out once and then hands out the same one whenever the word comes back.
 */
final class Term {

    final String surface;
    /** The surface's hash code, read off the term without touching the string. */
    final int surfaceHash;

    final String stem;
    /** The stem's hash code and first character ({@link StemIndex#EMPTY} for an empty stem), read off the term. */
    final int stemHash;

    final char first;
    /** The stem's first four characters in one number ({@link StemIndex#head}), and its letters as bits. */
    final long head;

    final long letters;
    /** The lower-cased surface's length, and whether it has more than one character and begins with a letter. */
    final int length;

    final boolean wordLike;
    /** Two characters or more with a letter among them: a word that can carry content, unless it is filler. */
    final boolean canCarryContent;

    private boolean noted;
    /**
     * The text model whose weights for this term's word features are summed per class in {@code summed0} to
     * {@code summed5} (fields rather than an array, so that they come with the term).
     */
    private Object summedBy;

    double summed0;
    double summed1;
    double summed2;
    double summed3;
    double summed4;
    double summed5;
    /** Where the lexicon's phrases that begin with this stem continue, or null. */
    Lexicon.Node start;
    /** The lexicon's number of this stem where it continues a phrase ({@link Lexicon#word}), or -1. */
    int lexiconWord = -1;
    /** A greeting, closing, title or "connect": no personal content. */
    boolean filler;
    /** The text model's buckets of the stem, and of the first and last letters of the surface (0: too short). */
    int wordBucket;

    int prefixBucket;
    int suffixBucket;

    Term(String surface, String stem) {
        this.surface = surface;
        this.surfaceHash = surface.hashCode();
        this.stem = stem;
        this.stemHash = stem.hashCode();
        this.first = stem.isEmpty() ? StemIndex.EMPTY : stem.charAt(0);
        this.head = StemIndex.head(stem);
        this.letters = StemIndex.letters(stem);
        this.length = surface.length();
        this.wordLike = length > 1 && Character.isLetter(surface.charAt(0));
        this.canCarryContent = length > 1 && hasLetter(surface);
    }

    private static boolean hasLetter(String word) {
        for (char c : word.toCharArray()) {
            if (Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    boolean noted() {
        return noted;
    }

    /** Takes the notes of the screener that reads this term; done once, on the thread that owns the term. */
    void note(Lexicon.Node start, int lexiconWord, boolean filler, int wordBucket, int prefixBucket, int suffixBucket) {
        this.start = start;
        this.lexiconWord = lexiconWord;
        this.filler = filler;
        this.wordBucket = wordBucket;
        this.prefixBucket = prefixBucket;
        this.suffixBucket = suffixBucket;
        this.noted = true;
    }

    boolean summedBy(Object model) {
        return summedBy == model;
    }

    /** Keeps the weights of this term's word features summed per class (six classes) by {@code model}. */
    void sum(Object model, double[] summed) {
        summed0 = summed[0];
        summed1 = summed[1];
        summed2 = summed[2];
        summed3 = summed[3];
        summed4 = summed[4];
        summed5 = summed[5];
        summedBy = model;
    }

    /** How a screener notes what it needs of a new term. */
    interface Notes {
        void note(Term term, Language language);
    }
}
