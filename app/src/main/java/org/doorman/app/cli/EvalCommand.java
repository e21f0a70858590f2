package org.doorman.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.doorman.app.screening.StrategyFiles;
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
            "recall and F1 per category, macro-F1, action accuracy, the costly errors and a confusion of actions."
        })
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Labelled requests, e.g. ../shared/data/dev.jsonl")
    Path file;

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
            chosen = StrategyFiles.load(strategy);
        } catch (IllegalArgumentException e) {
            System.err.println("doorman eval: " + e.getMessage());
            return Doorman.USAGE;
        }
        if (!Files.isRegularFile(file)) {
            System.err.println("doorman eval: no such file: " + file);
            return Doorman.USAGE;
        }
        var evaluation = new Evaluation(Screener.create(), chosen);
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(evaluation::add);
        }
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        evaluation.report().print(out, verbose);
        return evaluation.report().unreadable() == 0 ? 0 : 1;
    }
}
