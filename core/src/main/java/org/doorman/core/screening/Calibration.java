package org.doorman.core.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Chooses the text model's temperature so that its probabilities are calibrated on text it never saw: each writer's
 * requests are screened by a model trained on the other writers' requests, and the temperature that gives those
 * held-out probabilities the least log loss wins.
 */
final class Calibration {

    static final double COLDEST = 0.3;
    static final double HOTTEST = 4.0;
    static final double STEP = 0.05;

    /** One held-out request: the probabilities before calibration and the index of its labelled class. */
    record HeldOut(double[] uncalibrated, int label) {}

    private Calibration() {}

    static double temperatureByWriter(Screener screener, List<LabelledRequest> corpus, TextModel.Settings settings) {
        return temperature(heldOutByWriter(screener, corpus, settings));
    }

    /** Every text-decided request of the corpus, screened by a model trained without its writer. */
    static List<HeldOut> heldOutByWriter(Screener screener, List<LabelledRequest> corpus, TextModel.Settings settings) {
        var byWriter = new LinkedHashMap<String, List<Integer>>();
        var readings = new ArrayList<Screener.Reading>(corpus.size());
        var features = new ArrayList<FeatureVector>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            var reading = screener.read(corpus.get(i).input());
            readings.add(reading);
            features.add(Features.of(reading.request(), reading.signals()));
            byWriter.computeIfAbsent(corpus.get(i).writer(), w -> new ArrayList<>())
                    .add(i);
        }
        var heldOut = new ArrayList<HeldOut>();
        for (var writer : byWriter.keySet()) {
            var training = new ArrayList<TextModel.Example>();
            for (int i = 0; i < corpus.size(); i++) {
                var example = corpus.get(i);
                if (!example.writer().equals(writer) && example.category() != Category.KNOWN) {
                    training.add(new TextModel.Example(features.get(i), example.category()));
                }
            }
            var categorizer = new Categorizer(TextModel.train(training, settings));
            for (int i : byWriter.get(writer)) {
                int label = TextModel.CLASSES.indexOf(corpus.get(i).category());
                var reading = readings.get(i);
                if (label < 0 || !reading.request().language().supported()) {
                    continue;
                }
                categorizer
                        .uncalibrated(reading.request(), reading.signals())
                        .ifPresent(p -> heldOut.add(new HeldOut(p, label)));
            }
        }
        return heldOut;
    }

    /** The temperature in [{@link #COLDEST}, {@link #HOTTEST}] with the least mean log loss; 1 without data. */
    static double temperature(List<HeldOut> heldOut) {
        if (heldOut.isEmpty()) {
            return 1;
        }
        double best = 1;
        double bestLoss = logLoss(heldOut, 1);
        for (double t = COLDEST; t <= HOTTEST + 1e-9; t += STEP) {
            double loss = logLoss(heldOut, t);
            if (loss < bestLoss - 1e-12) {
                best = t;
                bestLoss = loss;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    static double logLoss(List<HeldOut> heldOut, double temperature) {
        double loss = 0;
        for (var example : heldOut) {
            var p = example.uncalibrated().clone();
            Categorizer.calibrate(p, temperature);
            loss -= Math.log(Math.max(p[example.label()], 1e-12));
        }
        return loss / heldOut.size();
    }
}
