package org.doorman.app.digest;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs a round of digests every {@code doorman.digest.poll-interval} while the application runs. Without an SMTP host
 * ({@code spring.mail.host}) digests are off, and the start-up log says so in one line.
 */
@Component
class DigestTicker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DigestTicker.class);

    private final DigestRun run;
    private final DigestSettings settings;
    private volatile ScheduledExecutorService executor;

    DigestTicker(DigestRun run, DigestSettings settings) {
        this.run = run;
        this.settings = settings;
    }

    @Override
    public void start() {
        if (!run.mailConfigured()) {
            log.info("Digests by e-mail are off: no SMTP host is configured (spring.mail.host)");
            return;
        }
        if (!settings.enabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("doorman-digest").daemon().factory());
        long interval = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            run.runDue();
        } catch (RuntimeException e) {
            // A failed round (e.g. the database briefly unreachable) must not end the schedule.
            log.warn("The digest round failed; trying again next round", e);
        }
    }

    @Override
    public void stop() {
        var running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(30, TimeUnit.SECONDS);
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
