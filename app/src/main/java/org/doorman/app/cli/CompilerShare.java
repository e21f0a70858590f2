package org.doorman.app.cli;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * How many screening threads may work at once. While the JIT compiler is still busy on a machine without a core to
 * spare for it, one core is left to the compiler: it is what makes the screening code fast, and on two cores two
 * screening threads would leave it a third of the machine and make a run of 100,000 requests slower than one thread
 * does. Once the compiler has been quiet for a while, all threads work.
 */
final class CompilerShare {

    /**
     * How often the compiler's work is looked at; over how many of these looks it must have been quiet (a
     * compilation counts only once it is done, and one can take most of a second); and how much of that time it may
     * have compiled and count as quiet.
     */
    static final long LOOK_MILLIS = 250;

    static final int LOOKS = 8;
    static final double QUIET = 0.2;

    private final Semaphore permits;
    private final LongSupplier compileMillis;
    private int heldBack;
    /** The last {@link #LOOKS} looks: when (ms) and how much the compiler had compiled by then (ms). */
    private final long[] walls = new long[LOOKS];

    private final long[] compiled = new long[LOOKS];
    private int looks;

    CompilerShare(int workers, int cores, LongSupplier compileMillis) {
        this.heldBack = workers >= cores && workers > 1 && compileMillis != null ? 1 : 0;
        this.permits = new Semaphore(workers - heldBack, true); // fair: batches are screened in the order they came
        this.compileMillis = compileMillis;
    }

    /**
     * For {@code workers} threads on this machine, watching its JIT compiler when the JVM reports its work and its
     * optimizing compiler is at work (the quick one alone compiles too little to be given a core).
     */
    static CompilerShare forThisMachine(int workers, boolean optimizingCompiler) {
        var compilation = ManagementFactory.getCompilationMXBean();
        LongSupplier compileMillis =
                optimizingCompiler && compilation != null && compilation.isCompilationTimeMonitoringSupported()
                        ? compilation::getTotalCompilationTime
                        : null;
        var share = new CompilerShare(workers, Runtime.getRuntime().availableProcessors(), compileMillis);
        share.watch();
        return share;
    }

    /** How many threads may work now. */
    int working() {
        return permits.availablePermits();
    }

    void acquire() throws InterruptedException {
        permits.acquire();
    }

    void release() {
        permits.release();
    }

    /**
     * Looks at the compiler's work, {@code nowMillis}; once it has compiled less than {@value #QUIET} of the time
     * over the last {@value #LOOKS} looks, the core left to it goes to screening. Returns whether one is still left.
     */
    synchronized boolean look(long nowMillis) {
        if (heldBack == 0) {
            return false;
        }
        int slot = looks % LOOKS;
        long compiledNow = compileMillis.getAsLong();
        boolean quiet = looks >= LOOKS && compiledNow - compiled[slot] < QUIET * (nowMillis - walls[slot]);
        walls[slot] = nowMillis;
        compiled[slot] = compiledNow;
        looks++;
        if (quiet) {
            permits.release(heldBack);
            heldBack = 0;
        }
        return heldBack > 0;
    }

    private void watch() {
        if (heldBack == 0) {
            return;
        }
        var watcher = new Thread(
                () -> {
                    try {
                        while (look(System.nanoTime() / 1_000_000)) {
                            Thread.sleep(LOOK_MILLIS);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "compiler-share");
        watcher.setDaemon(true);
        watcher.start();
    }
}
