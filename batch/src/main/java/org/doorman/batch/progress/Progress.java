package org.doorman.batch.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How far a long batch run has come: a progress bar on standard error when that is a terminal, nothing in a pipe, a
 * file or CI (where {@code CI} is set). The bar's classes are not even loaded when it stays silent.
 */
public sealed interface Progress extends AutoCloseable permits Progress.Silent, TerminalBar {

    /** Progress over {@code total} bytes ({@code total < 0}: not known, as from a pipe). */
    static Progress bytes(String task, long total) {
        return stderrIsATerminal() ? TerminalBar.bytes(task, total) : new Silent();
    }

    /** Progress over {@code total} items, e.g. requests or writers. */
    static Progress items(String task, String unit, long total) {
        return stderrIsATerminal() ? TerminalBar.items(task, unit, total) : new Silent();
    }

    /** Counts {@code done} more bytes or items. */
    void advance(long done);

    @Override
    void close();

    /** The stream, counting each byte read from it. */
    default InputStream counting(InputStream in) {
        return new CountingInputStream(in, this::advance);
    }

    /** Nothing shown. */
    record Silent() implements Progress {
        @Override
        public void advance(long done) {}

        @Override
        public void close() {}

        @Override
        public InputStream counting(InputStream in) {
            return in;
        }
    }

    /**
     * Whether standard error goes to a terminal. The JDK tells this only for the console as a whole (and from 22 on,
     * {@code System.console()} is there in pipes too), so the file descriptor is asked where the system shows it.
     */
    private static boolean stderrIsATerminal() {
        var ci = System.getenv("CI");
        if ((ci != null && !ci.isBlank() && !ci.equals("false")) || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            var target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
