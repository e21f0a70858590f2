package org.doorman.app.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.doorman.app.screening.StrategyFiles;
import org.doorman.core.screening.Screener;
import org.doorman.core.strategy.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = {
            "Screens contact requests: JSON Lines in (standard input or --input), one decision a line out, same order.",
            "A line that cannot be read is answered with {\"id\": ..., \"error\": ...}; blank lines are skipped.",
            "Exit status 0 when every line was read, 1 when a line was refused."
        })
final class ScreenCommand implements Callable<Integer> {

    @Option(
            names = "--strategy",
            paramLabel = "NAME|FILE",
            defaultValue = "default",
            description = "A preset (default, meet-twice, open-door, common-ground-first) or a strategy file (JSON).")
    String strategy;

    @Option(names = "--input", paramLabel = "FILE", description = "Read requests from FILE instead of standard input.")
    Path input;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description =
                    "Screening threads (default: the number of cores). While the JIT compiler is still busy and has no"
                            + " core of its own, one of them waits.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--jit",
            paramLabel = "auto|quick|optimizing",
            defaultValue = "auto",
            description =
                    "The JIT compilers to screen with: quick (C1 alone) ends runs of up to about 300,000 requests"
                            + " sooner; optimizing (C1 and C2) longer ones. auto: quick unless the input is a file over 256 MB.")
    Jit jit = Jit.AUTO;

    /** Whether this run has the JVM to itself (started from the command line), so that it may choose its JIT. */
    private static volatile boolean ownsTheJvm;

    static void ownTheJvm() {
        ownsTheJvm = true;
    }

    /** The screener being built ahead of reading the command line, or null. */
    private static volatile Supplier<Screener> early;

    /**
     * Starts building the screener (lexicons, language lists, text model: most of the start) on another thread, so
     * that it is under way while the command line and the strategy are read.
     */
    static void startScreenerEarly() {
        early = Screener.createInBackground();
    }

    /**
     * Whether this run keeps to the quick compiler; when it does and owns the JVM, tells the JVM so. Called early,
     * before the screener is built, and again when the run starts.
     */
    boolean chooseCompiler() {
        boolean quick = jit.quick(QuickCompiler.inputBytes(input));
        if (quick && ownsTheJvm) {
            QuickCompiler.keepToIt();
        }
        return quick && ownsTheJvm;
    }

    private static Screener screener() {
        var building = early;
        return building == null ? Screener.create() : building.get();
    }

    @Override
    public Integer call() throws IOException {
        boolean quick = chooseCompiler();
        Strategy chosen;
        try {
            chosen = StrategyFiles.load(strategy);
        } catch (IllegalArgumentException e) {
            System.err.println("doorman screen: " + e.getMessage());
            return Doorman.USAGE;
        }
        var pipeline = new OrderedPipeline(new JsonLineScreening(screener(), chosen), threads, !quick);
        var out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        try (InputStream in = input == null ? System.in : Files.newInputStream(input)) {
            boolean allRead = pipeline.run(in, out);
            out.flush();
            return allRead ? 0 : 1;
        }
    }
}
