package org.doorman.batch.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.doorman.batch.progress.Progress;
import org.doorman.batch.strategy.StrategyArgument;
import org.doorman.core.screening.Screener;
import org.doorman.core.strategy.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Screens labelled requests (JSON Lines with expected.category and expected.action) and reports precision,",
            "recall and F1 per category, macro-F1, action accuracy, the costly errors, a confusion of actions and how",
            "well the confidence is calibrated. With --cv writer, each writer's requests are screened by a model",
            "trained on all the other writers' (the shipped training corpus when no FILE is given).",
            "Shows a progress bar on standard error when it is a terminal."
        })
public final class EvalCommand implements Callable<Integer> {

    static final int USAGE = 2;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..*",
            description = "Labelled requests, e.g. testdata/dev.jsonl; with --cv, lines carry a \"writer\"")
    List<Path> files = List.of();

    @Option(
            names = "--cv",
            paramLabel = "writer",
            description = "Cross-validate by writer: train on all writers but one, test on that one, for each in turn.")
    String crossValidation;

    @Option(
            names = "--strategy",
            paramLabel = "NAME|FILE",
            defaultValue = "default",
            description = "A preset or a strategy file; the labels assume the default strategy.")
    String strategy;

    @Option(names = "--verbose", description = "List every request that was screened differently than labelled.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        Strategy chosen;
        try {
            chosen = StrategyArgument.load(strategy);
        } catch (IllegalArgumentException e) {
            System.err.println("doorman eval: " + e.getMessage());
            return USAGE;
        }
        for (var file : files) {
            if (!Files.isRegularFile(file)) {
                System.err.println("doorman eval: no such file: " + file);
                return USAGE;
            }
        }
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (crossValidation != null) {
            if (!crossValidation.equals("writer")) {
                System.err.println("doorman eval: --cv takes \"writer\", not \"" + crossValidation + "\"");
                return USAGE;
            }
            var byWriter = new WriterFolds(chosen);
            if (files.isEmpty()) {
                byWriter.addLines(Screener.corpusLines());
            } else {
                for (var file : files) {
                    byWriter.addLines(Files.readAllLines(file, StandardCharsets.UTF_8));
                }
            }
            Evaluation.Report report;
            try (var progress = Progress.items("eval", "writers", byWriter.writers())) {
                report = byWriter.evaluate(out, progress);
            }
            report.print(out, verbose);
            return report.unreadable() == 0 ? 0 : 1;
        }
        if (files.isEmpty()) {
            System.err.println("doorman eval: give a file of labelled requests (or --cv writer)");
            return USAGE;
        }
        var lines = new ArrayList<String>();
        for (var file : files) {
            lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        var evaluation = new Evaluation(Screener.create(), chosen);
        try (var progress = Progress.items("eval", "lines", lines.size())) {
            for (var line : lines) {
                evaluation.add(line);
                progress.advance(1);
            }
        }
        evaluation.report().print(out, verbose);
        return evaluation.report().unreadable() == 0 ? 0 : 1;
    }
}
