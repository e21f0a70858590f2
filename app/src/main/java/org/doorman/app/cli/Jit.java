package org.doorman.app.cli;

/**
 * Which of HotSpot's JIT compilers a {@code screen} run uses. The optimizing compiler (C2) makes a request about a
 * third cheaper to screen, but takes 4-5 s of CPU to compile the screening code, while that code runs slower and the
 * compiler takes a core from screening. On two cores this pays back only after about 300,000 requests (350 MB of
 * input); a shorter run ends sooner with the quick compiler (C1) alone, as {@code java -XX:TieredStopAtLevel=1} would.
 */
enum Jit {
    /** The quick compiler, unless the input is a file longer than {@link #LONG_RUN_BYTES}. */
    AUTO,
    /** Only the quick compiler: best for runs of up to about 300,000 requests. */
    QUICK,
    /** Both compilers, as the JVM does by default: best for longer runs. */
    OPTIMIZING;

    /** About 220,000 typical requests: a little under where the optimizing compiler pays back on two cores. */
    static final long LONG_RUN_BYTES = 256L << 20;

    /** Whether a run over {@code inputBytes} of input (negative: not known, as from a pipe) keeps to C1. */
    boolean quick(long inputBytes) {
        return switch (this) {
            case QUICK -> true;
            case OPTIMIZING -> false;
            case AUTO -> inputBytes <= LONG_RUN_BYTES;
        };
    }
}
