package org.doorman.core.screening;

/** Takes hashed features one by one: a vector keeps them for training, the text model scores them at once. */
interface FeatureSink {

    void add(int bucket, float value);

    /** A word's features: the affixes of its surface (when it has five letters or more) and its stem. */
    default void addWord(Term term, float damping) {
        if (term.prefixBucket != 0) {
            add(term.prefixBucket, Features.AFFIX * damping);
            add(term.suffixBucket, Features.AFFIX * damping);
        }
        add(term.wordBucket, 1f * damping);
    }
}
