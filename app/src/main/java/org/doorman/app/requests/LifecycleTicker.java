package org.doorman.app.requests;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline scheduler every {@code doorman.scheduler.interval} and the outbox relay every
 * {@code doorman.webhooks.poll-interval}, each on its own thread, while the application runs (off with
 * {@code doorman.scheduler.enabled=false}).
 */
@Component
class LifecycleTicker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LifecycleTicker.class);

    private final DeadlineScheduler deadlines;
    private final OutboxRelay relay;
    private final RequestSettings settings;
    private volatile ScheduledExecutorService executor;

    LifecycleTicker(DeadlineScheduler deadlines, OutboxRelay relay, RequestSettings settings) {
        this.deadlines = deadlines;
        this.relay = relay;
        this.settings = settings;
    }

    @Override
    public void start() {
        if (!settings.scheduler().enabled()) {
            return;
        }
        executor = Executors.newScheduledThreadPool(
                2, Thread.ofPlatform().name("doorman-lifecycle-", 0).daemon().factory());
        long interval = settings.scheduler().interval().toMillis();
        long poll = settings.webhooks().pollInterval().toMillis();
        executor.scheduleWithFixedDelay(
                guarded("deadlines", () -> deadlines.runDue()), interval, interval, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(
                guarded("webhooks", () -> relay.deliverDue()), poll, poll, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        var running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(settings.webhooks().timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
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

    private static Runnable guarded(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // A failed round (e.g. the database briefly unreachable) must not end the schedule.
                log.warn("The {} round failed; trying again next round", what, e);
            }
        };
    }
}
