package org.doorman.core.screening;

/** Takes hashed features one by one: a vector keeps them for training, the text model scores them at once. */
interface FeatureSink {

    void add(int bucket, float value);
}
