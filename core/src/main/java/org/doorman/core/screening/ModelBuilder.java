package org.doorman.core.screening;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Build tool, run by Maven before the tests (see core/pom.xml): trains the text model on the corpus with the default
 * settings and writes it into the classes that go into the jar, so that {@link Screener#create()} starts fast.
 */
public final class ModelBuilder {

    private ModelBuilder() {}

    public static void main(String[] args) throws IOException {
        var target = Path.of(args[0]).resolve("org/doorman/core/screening").resolve(Screener.MODEL);
        long start = System.nanoTime();
        var corpus = Corpus.load();
        var model = Screener.untrained().train(corpus, TextModel.Settings.defaults());
        Files.createDirectories(target.getParent());
        try (var out =
                new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(target))))) {
            model.writeTo(out);
        }
        System.out.printf(
                "text model trained on %d corpus requests in %d ms: %s (%d bytes)%n",
                corpus.size(), (System.nanoTime() - start) / 1_000_000, target, Files.size(target));
    }
}
