package org.doorman.core.screening;

import java.util.Arrays;

/** Hashed features of one request: bucket indexes and their values, built once and read by the text model. */
final class FeatureVector implements FeatureSink {

    private int[] index;
    private float[] value;
    private int size;

    FeatureVector(int expected) {
        index = new int[Math.max(16, expected)];
        value = new float[index.length];
    }

    @Override
    public void add(int bucket, float weight) {
        if (size == index.length) {
            index = Arrays.copyOf(index, size * 2);
            value = Arrays.copyOf(value, size * 2);
        }
        index[size] = bucket;
        value[size] = weight;
        size++;
    }

    int size() {
        return size;
    }

    int index(int i) {
        return index[i];
    }

    float value(int i) {
        return value[i];
    }
}
