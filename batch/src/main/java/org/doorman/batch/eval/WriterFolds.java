package org.doorman.batch.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doorman.batch.progress.Progress;
import org.doorman.core.screening.LabelledRequest;
import org.doorman.core.screening.Screener;
import org.doorman.core.strategy.Strategy;

/**
 * Leave-one-writer-out cross-validation: each writer's requests are screened by a model trained on every other
 * writer's, so the figures say how the screening reads a writer it never saw.
 */
final class WriterFolds {

    private final Strategy strategy;
    private final Evaluation overall;
    private final Map<String, List<Evaluation.Labelled>> byWriter = new LinkedHashMap<>();

    WriterFolds(Strategy strategy) {
        this.strategy = strategy;
        this.overall = new Evaluation(null, strategy);
    }

    void addLines(List<String> lines) {
        for (var line : lines) {
            overall.read(line).ifPresent(labelled -> {
                var writer = labelled.writer();
                if (writer.isBlank()) {
                    overall.unreadable(labelled.id() + ": no \"writer\" to cross-validate by");
                } else {
                    byWriter.computeIfAbsent(writer, w -> new ArrayList<>()).add(labelled);
                }
            });
        }
    }

    int writers() {
        return byWriter.size();
    }

    /** Screens every writer's requests with a model trained without them; prints one line per writer. */
    Evaluation.Report evaluate(PrintStream out) {
        return evaluate(out, new Progress.Silent());
    }

    Evaluation.Report evaluate(PrintStream out, Progress progress) {
        out.printf(Locale.ROOT, "leave-one-writer-out cross-validation over %d writers%n", byWriter.size());
        for (var writer : byWriter.keySet()) {
            var training = new ArrayList<LabelledRequest>();
            byWriter.forEach((other, requests) -> {
                if (!other.equals(writer)) {
                    requests.forEach(labelled -> training.add(
                            new LabelledRequest(labelled.id(), other, labelled.input(), labelled.category())));
                }
            });
            var screener = Screener.trainedOn(training);
            var alone = new Evaluation(screener, strategy);
            for (var labelled : byWriter.get(writer)) {
                var decision = strategy.evaluate(screener.screen(labelled.input()));
                alone.record(labelled, decision);
                overall.record(labelled, decision);
            }
            out.printf(Locale.ROOT, "  %-12s %s%n", writer, alone.report().summary());
            progress.advance(1);
        }
        out.println();
        return overall.report();
    }
}
