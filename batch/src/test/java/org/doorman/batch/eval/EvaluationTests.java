package org.doorman.batch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.Screener;
import org.doorman.core.strategy.Strategy;
import org.junit.jupiter.api.Test;

class EvaluationTests {

    static final Screener SCREENER = Screener.create();

    static Evaluation.Report evaluate(String... lines) {
        var evaluation = new Evaluation(SCREENER, Strategy.preset("default"));
        for (var line : lines) {
            evaluation.add(line);
        }
        return evaluation.report();
    }

    @Test
    void countsAWantedRequestDeclinedAsACostlyError() {
        var report = evaluate("""
                {"id": "w", "message": "Win-Win!", "sender": {"stats": {"requestsLast7Days": 300}},
                 "expected": {"category": "concrete_need", "action": "accept_and_follow_up"}}""".replace("\n", ""));

        assertThat(report.costlyErrors()).extracting(Evaluation.Miss::id).containsExactly("w");
    }

    @Test
    void countsARequestTheDefaultStrategyDeclinesAcceptedAsACostlyError() {
        var report = evaluate("""
                {"id": "d", "message": "Hallo!", "context": {"metInPerson": 2},
                 "expected": {"category": "sales_pitch", "action": "decline"}}""".replace("\n", ""));

        assertThat(report.costlyErrors()).extracting(Evaluation.Miss::id).containsExactly("d");
    }

    @Test
    void scoresPrecisionRecallAndF1PerCategoryAndTheActions() {
        var report = evaluate(
                "{\"id\": \"a\", \"message\": \"Hallo\", \"expected\": {\"category\": \"empty\", \"action\": \"ask\"}}",
                "{\"id\": \"b\", \"message\": \"Hi\", \"expected\": {\"category\": \"vague_pitch\", \"action\": \"ask\"}}",
                "not json",
                "{\"id\": \"c\", \"message\": \"Hi\"}");

        assertThat(report.total()).isEqualTo(2);
        assertThat(report.unreadable()).isEqualTo(2);
        assertThat(report.precision(Category.EMPTY)).isEqualTo(0.5);
        assertThat(report.recall(Category.EMPTY)).isEqualTo(1.0);
        assertThat(report.recall(Category.VAGUE_PITCH)).isZero();
        assertThat(report.macroF1()).isCloseTo((2 * 0.5 / 1.5) / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.actionAccuracy()).isEqualTo(1.0);
    }

    @Test
    void crossValidatesByWriterWithAModelThatNeverSawTheWriter() {
        var folds = new WriterFolds(Strategy.preset("default"));
        var lines = new java.util.ArrayList<String>();
        for (var writer : java.util.List.of("anna", "ben", "cem")) {
            lines.add("{\"id\": \"" + writer + "-1\", \"writer\": \"" + writer + "\", \"message\": \"Ich sehe"
                    + " viele Synergien und eine Win-Win-Situation für uns beide.\", \"expected\": {\"category\":"
                    + " \"vague_pitch\", \"action\": \"ask\"}}");
            lines.add("{\"id\": \"" + writer + "-2\", \"writer\": \"" + writer + "\", \"message\": \"Als"
                    + " Finanzberater biete ich Ihnen eine kostenlose Analyse Ihrer Altersvorsorge an.\","
                    + " \"expected\": {\"category\": \"sales_pitch\", \"action\": \"decline\"}}");
        }
        lines.add("{\"id\": \"x\", \"message\": \"Hallo\", \"expected\": {\"category\": \"empty\", \"action\":"
                + " \"ask\"}}");
        folds.addLines(lines);
        var text = new ByteArrayOutputStream();

        var report = folds.evaluate(new PrintStream(text, true, StandardCharsets.UTF_8));

        assertThat(report.total()).isEqualTo(6);
        assertThat(report.unreadable()).isEqualTo(1); // the line without a writer
        assertThat(text.toString(StandardCharsets.UTF_8))
                .contains("over 3 writers")
                .contains("anna")
                .contains("cem");
    }

    @Test
    void reportsTheCalibrationWithTheFigures() {
        var report = evaluate(
                "{\"id\": \"a\", \"message\": \"Hallo\", \"expected\": {\"category\": \"empty\", \"action\": \"ask\"}}");
        var text = new ByteArrayOutputStream();
        report.print(new PrintStream(text, true, StandardCharsets.UTF_8), false);

        assertThat(text.toString(StandardCharsets.UTF_8))
                .contains("expected calibration error")
                .contains("0.9-1.0");
        assertThat(report.expectedCalibrationError()).isLessThan(0.1);
    }

    @Test
    void endsWithTheHeadlineFigures() {
        var report = evaluate(
                "{\"id\": \"a\", \"message\": \"Hallo\", \"expected\": {\"category\": \"empty\", \"action\": \"ask\"}}");
        var out = new ByteArrayOutputStream();

        report.print(new PrintStream(out, true, StandardCharsets.UTF_8), false);

        var lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines[lines.length - 1])
                .startsWith("macro-F1 1.000 | action accuracy 1.000 (1/1) | costly errors 0 | ECE ");
    }
}
