package org.doorman.batch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doorman.core.screening.Screener;
import org.doorman.core.strategy.Strategy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole dev set (testdata/dev.jsonl in the repository) screened with the default strategy, as
 * {@code doorman eval} does. It is never used for training.
 */
class DevSetTests {

    static Evaluation.Report report;

    /** The dev set: testdata/dev.jsonl at the root of the repository, found from the module's folder. */
    static Path devSet() {
        var module = Path.of("").toAbsolutePath();
        for (var dir = module; dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("testdata/dev.jsonl");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the dev set is missing: expected testdata/dev.jsonl above " + module);
    }

    @BeforeAll
    static void screenTheDevSet() throws IOException {
        var evaluation = new Evaluation(Screener.create(), Strategy.preset("default"));
        try (var lines = Files.lines(devSet(), StandardCharsets.UTF_8)) {
            lines.forEach(evaluation::add);
        }
        report = evaluation.report();
        var text = new ByteArrayOutputStream();
        report.print(new PrintStream(text, true, StandardCharsets.UTF_8), true);
        System.out.println(text.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryLabelledRequest() {
        assertThat(report.unreadable()).isZero();
        assertThat(report.total()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void reachesAMacroF1OfAtLeastNinetyPercent() {
        assertThat(report.macroF1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void choosesTheLabelledActionForAtLeastNinetyPercent() {
        assertThat(report.actionAccuracy()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void neverDeclinesAWantedRequestNorAcceptsOneTheDefaultStrategyDeclines() {
        assertThat(report.costlyErrors()).isEmpty();
    }
}
