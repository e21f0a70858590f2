package org.doorman.core.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * How well confidence matches accuracy: screenings are put in ten bins by their confidence, and each bin's mean
 * confidence is set against the share it got right. The expected calibration error is the mean gap, weighted by the
 * bins' sizes.
 */
public final class Reliability {

    public static final int BINS = 10;

    /** One bin: confidences in [{@code from}, {@code to}). */
    public record Bin(double from, double to, int count, double meanConfidence, double accuracy) {}

    private final int[] counts = new int[BINS];
    private final int[] correct = new int[BINS];
    private final double[] confidences = new double[BINS];

    public void add(double confidence, boolean right) {
        int bin = Math.min(BINS - 1, (int) Math.floor(confidence * BINS));
        counts[bin]++;
        confidences[bin] += confidence;
        if (right) {
            correct[bin]++;
        }
    }

    public List<Bin> bins() {
        var bins = new ArrayList<Bin>(BINS);
        for (int b = 0; b < BINS; b++) {
            int n = counts[b];
            bins.add(new Bin(
                    (double) b / BINS,
                    (double) (b + 1) / BINS,
                    n,
                    n == 0 ? 0 : confidences[b] / n,
                    n == 0 ? 0 : (double) correct[b] / n));
        }
        return bins;
    }

    /** The expected calibration error: 0 when every bin is right exactly as often as it is confident. */
    public double expectedCalibrationError() {
        int total = 0;
        double gap = 0;
        for (var bin : bins()) {
            total += bin.count();
            gap += bin.count() * Math.abs(bin.meanConfidence() - bin.accuracy());
        }
        return total == 0 ? 0 : gap / total;
    }
}
