package org.doorman.batch.screen;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.doorman.batch.progress.Progress;
import org.doorman.batch.strategy.StrategyArgument;
import org.doorman.core.screening.Screener;
import org.doorman.core.strategy.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code doorman screen}: the batch contract of spec/screening.md, JSON Lines in, one decision a line out. */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = {
            "Screens contact requests: JSON Lines in (standard input or --input), one decision a line out, same order.",
            "A line that cannot be read is answered with {\"id\": ..., \"error\": ...}; blank lines are skipped.",
            "Exit status 0 when every line was read, 1 when a line was refused.",
            "Shows a progress bar on standard error when it is a terminal."
        })
public final class ScreenCommand implements Callable<Integer> {

    static final int USAGE = 2;

    @Option(
            names = "--strategy",
            paramLabel = "NAME|FILE",
            defaultValue = "default",
            description = "A preset (default, meet-twice, open-door, common-ground-first) or a strategy file (JSON).")
    String strategy;

    @Option(names = "--input", paramLabel = "FILE", description = "Read requests from FILE instead of standard input.")
    Path input;

    @Option(names = "--threads", paramLabel = "N", description = "Screening threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The screener being built since {@link #startBuildingTheScreener()}, or null. */
    private static volatile Supplier<Screener> early;

    /**
     * Starts building the screener (lexicons, language lists, text model: most of the start) on another thread, so
     * that it is under way while picocli reads the command line. The launcher calls it when the first argument is
     * {@code screen}.
     */
    public static void startBuildingTheScreener() {
        early = Screener.createInBackground();
    }

    @Override
    public Integer call() throws IOException {
        var screener = early == null ? Screener.createInBackground() : early;
        Strategy chosen;
        try {
            chosen = StrategyArgument.load(strategy);
        } catch (IllegalArgumentException e) {
            System.err.println("doorman screen: " + e.getMessage());
            return USAGE;
        }
        if (input != null && !Files.isRegularFile(input)) {
            System.err.println("doorman screen: no such file: " + input);
            return USAGE;
        }
        var pipeline = new OrderedPipeline(new JsonLineScreening(screener.get(), chosen), threads);
        var out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        long size = input == null ? -1 : Files.size(input);
        try (InputStream in = input == null ? System.in : Files.newInputStream(input);
                var progress = Progress.bytes("screen", size)) {
            boolean allRead = pipeline.run(progress.counting(in), out);
            out.flush();
            return allRead ? 0 : 1;
        } catch (OrderedPipeline.OutputClosed e) {
            System.err.println("doorman screen: " + e.getMessage());
            return 1;
        }
    }
}
