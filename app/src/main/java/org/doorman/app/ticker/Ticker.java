package org.doorman.app.ticker;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a round every interval on a daemon thread of its own while the application runs; a failed round is logged and
 * the next one comes as usual. On stop it waits for the running round up to {@code stopWait}.
 */
public abstract class Ticker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Ticker.class);

    private final String name;
    private final Duration interval;
    private final Duration stopWait;
    private volatile ScheduledExecutorService executor;

    protected Ticker(String name, Duration interval, Duration stopWait) {
        this.name = name;
        this.interval = interval;
        this.stopWait = stopWait;
    }

    /** Whether this process runs the rounds at all; asked once, at start. */
    protected abstract boolean enabled();

    /** One round. */
    protected abstract void round();

    @Override
    public void start() {
        if (!enabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("doorman-" + name).daemon().factory());
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(this::guardedRound, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void guardedRound() {
        try {
            round();
        } catch (RuntimeException e) {
            // A failed round (e.g. the database briefly unreachable) must not end the schedule.
            log.warn("The {} round failed; trying again next round", name, e);
        }
    }

    @Override
    public void stop() {
        var running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(stopWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
