package org.doorman.core.screening;

import java.util.List;
import java.util.Random;

/**
 * A multinomial logistic regression over hashed features, one weight per feature and category. Training is
 * deterministic: the same examples in the same order and the same settings give the same weights.
 */
final class TextModel {

    /** The categories the text decides; {@code known} comes from data only. */
    static final List<Category> CLASSES = List.of(
            Category.ACQUAINTANCE_CLAIM,
            Category.CONCRETE_NEED,
            Category.COMMON_GROUND,
            Category.VAGUE_PITCH,
            Category.SALES_PITCH,
            Category.EMPTY);

    private static final int C = 6;

    /** How to train: passes over the data, AdaGrad learning rate, L2 penalty and the seed of the shuffles. */
    record Settings(int epochs, double learningRate, double l2, long seed) {
        static Settings defaults() {
            return new Settings(12, 0.3, 1e-5, 42);
        }
    }

    /** A labelled feature vector. */
    record Example(FeatureVector features, Category category) {}

    private final float[] weights;
    private final double temperature;

    private TextModel(float[] weights) {
        this(weights, 1);
    }

    private TextModel(float[] weights, double temperature) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("a temperature is positive, was " + temperature);
        }
        this.weights = weights;
        this.temperature = temperature;
    }

    /** The same weights, calibrated with {@code temperature} (see {@link Categorizer#calibrate}). */
    TextModel withTemperature(double temperature) {
        return new TextModel(weights, temperature);
    }

    double temperature() {
        return temperature;
    }

    /**
     * Writes the weights of the buckets that training touched, so that a model built at build time ships in the jar.
     * The layout: magic (with the version), bucket bits, classes, temperature, count, then per bucket its index and
     * one weight per class.
     */
    void writeTo(java.io.DataOutputStream out) throws java.io.IOException {
        int used = 0;
        for (int b = 0; b < Features.BUCKETS; b++) {
            if (used(b)) {
                used++;
            }
        }
        out.writeInt(MAGIC);
        out.writeInt(Features.BITS);
        out.writeInt(C);
        out.writeDouble(temperature);
        out.writeInt(used);
        for (int b = 0; b < Features.BUCKETS; b++) {
            if (used(b)) {
                out.writeInt(b);
                for (int c = 0; c < C; c++) {
                    out.writeFloat(weights[b * C + c]);
                }
            }
        }
    }

    static TextModel readFrom(java.io.DataInputStream in) throws java.io.IOException {
        if (in.readInt() != MAGIC || in.readInt() != Features.BITS || in.readInt() != C) {
            throw new java.io.IOException("not a text model of this version");
        }
        double temperature = in.readDouble();
        var weights = new float[Features.BUCKETS * C];
        int used = in.readInt();
        for (int i = 0; i < used; i++) {
            int b = in.readInt();
            for (int c = 0; c < C; c++) {
                weights[b * C + c] = in.readFloat();
            }
        }
        return new TextModel(weights, temperature);
    }

    private boolean used(int bucket) {
        for (int c = 0; c < C; c++) {
            if (weights[bucket * C + c] != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextModel model
                && temperature == model.temperature
                && java.util.Arrays.equals(weights, model.weights);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(weights) + Double.hashCode(temperature);
    }

    private static final int MAGIC = 0x444d5432; // "DMT2": the second layout, with a temperature

    /** The probability of each of {@link #CLASSES}, in that order. */
    double[] probabilities(FeatureVector features) {
        var scores = new Scores();
        for (int i = 0; i < features.size(); i++) {
            scores.add(features.index(i), features.value(i));
        }
        return softmax(scores.scores);
    }

    /** The probability of each of {@link #CLASSES} for a request, scoring its features as they are made. */
    double[] probabilities(Request request, java.util.List<Signal> signals) {
        var scores = new Scores();
        Features.into(request, signals, scores);
        return softmax(scores.scores);
    }

    /** The sum of each class's weights over the features, in the order they come. */
    private final class Scores implements FeatureSink {
        final double[] scores = new double[C];

        /** Written out for the six classes: a loop costs twice as much before the optimizing compiler unrolls it. */
        @Override
        public void add(int bucket, float value) {
            var w = weights;
            var s = scores;
            int base = bucket * C;
            s[0] += w[base] * value;
            s[1] += w[base + 1] * value;
            s[2] += w[base + 2] * value;
            s[3] += w[base + 3] * value;
            s[4] += w[base + 4] * value;
            s[5] += w[base + 5] * value;
        }

        /** A word's three features at once, their weights summed once per word and model and kept in its term. */
        @Override
        public void addWord(Term term, float damping) {
            if (!term.summedBy(TextModel.this)) {
                var summed = new double[C];
                int word = term.wordBucket * C;
                int prefix = term.prefixBucket * C;
                int suffix = term.suffixBucket * C;
                for (int c = 0; c < C; c++) {
                    summed[c] = weights[word + c];
                    if (term.prefixBucket != 0) {
                        summed[c] += weights[prefix + c] * Features.AFFIX + weights[suffix + c] * Features.AFFIX;
                    }
                }
                term.sum(TextModel.this, summed);
            }
            scores[0] += term.summed0 * damping;
            scores[1] += term.summed1 * damping;
            scores[2] += term.summed2 * damping;
            scores[3] += term.summed3 * damping;
            scores[4] += term.summed4 * damping;
            scores[5] += term.summed5 * damping;
        }
    }

    static TextModel train(List<Example> examples, Settings settings) {
        var weights = new float[Features.BUCKETS * C];
        var squares = new float[Features.BUCKETS * C];
        var order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        var random = new Random(settings.seed());
        var model = new TextModel(weights);
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int k : order) {
                var example = examples.get(k);
                var features = example.features();
                var p = model.probabilities(features);
                int label = CLASSES.indexOf(example.category());
                for (int i = 0; i < features.size(); i++) {
                    int base = features.index(i) * C;
                    float value = features.value(i);
                    for (int c = 0; c < C; c++) {
                        double gradient = (p[c] - (c == label ? 1 : 0)) * value + settings.l2() * weights[base + c];
                        squares[base + c] += (float) (gradient * gradient);
                        weights[base + c] -=
                                (float) (settings.learningRate() * gradient / Math.sqrt(squares[base + c] + 1e-8));
                    }
                }
            }
        }
        return model;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (var s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= sum;
        }
        return scores;
    }
}
