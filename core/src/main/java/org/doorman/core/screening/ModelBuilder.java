package org.doorman.core.screening;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Build tool, run by Maven after compiling (see core/pom.xml): trains the text model on the corpus with the default
 * settings, calibrates it by leaving out one writer at a time, and writes it into the classes that go into the jar, so
 * that {@link Screener#create()} starts fast.
 */
public final class ModelBuilder {

    private ModelBuilder() {}

    public static void main(String[] args) throws IOException {
        var target = Path.of(args[0]).resolve("org/doorman/core/screening").resolve(Screener.MODEL);
        long start = System.nanoTime();
        var corpus = Corpus.load();
        var screener = Screener.untrained();
        var settings = TextModel.Settings.defaults();
        var model = screener.train(corpus, settings)
                .withTemperature(Calibration.temperatureByWriter(screener, corpus, settings));
        Files.createDirectories(target.getParent());
        try (var out =
                new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(target))))) {
            model.writeTo(out);
        }
        System.out.printf(
                "text model trained on %d corpus requests, calibrated by writer (temperature %.2f) in %d ms: %s (%d bytes)%n",
                corpus.size(),
                model.temperature(),
                (System.nanoTime() - start) / 1_000_000,
                target,
                Files.size(target));
    }
}
