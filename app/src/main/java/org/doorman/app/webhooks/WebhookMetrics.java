package org.doorman.app.webhooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The outbox's meters: {@code doorman.outbox.backlog} (deliveries neither delivered nor given up, and events not yet
 * fanned out, counted when scraped), {@code doorman.webhooks.delivery} (the time of each POST, by outcome),
 * {@code doorman.webhooks.failures} (failed attempts, by cause: {@code status} for an answer other than 2xx,
 * {@code error} for no answer, {@code removed} for a webhook deleted meanwhile) and {@code doorman.webhooks.given.up}.
 */
@Component
class WebhookMetrics {

    static final String BACKLOG = "doorman.outbox.backlog";

    private static final Logger log = LoggerFactory.getLogger(WebhookMetrics.class);

    /** Why an attempt failed; the tag {@code cause}. */
    enum Cause {
        STATUS,
        ERROR,
        REMOVED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final MeterRegistry meters;
    private final JdbcOutbox outbox;
    private final Counter givenUp;

    WebhookMetrics(MeterRegistry meters, JdbcOutbox outbox) {
        this.meters = meters;
        this.outbox = outbox;
        Gauge.builder(BACKLOG, this, WebhookMetrics::backlog)
                .description("webhook deliveries in the outbox neither delivered nor given up")
                .strongReference(true)
                .register(meters);
        this.givenUp = Counter.builder("doorman.webhooks.given.up")
                .description("webhook deliveries given up after their last attempt")
                .register(meters);
    }

    void delivered(long nanos) {
        timer("delivered").record(nanos, TimeUnit.NANOSECONDS);
    }

    void failed(Cause cause, long nanos) {
        if (cause != Cause.REMOVED) {
            timer("failed").record(nanos, TimeUnit.NANOSECONDS);
        }
        Counter.builder("doorman.webhooks.failures")
                .description("failed webhook delivery attempts")
                .tag("cause", cause.tag())
                .register(meters)
                .increment();
    }

    void gaveUp() {
        givenUp.increment();
    }

    private Timer timer(String outcome) {
        return Timer.builder("doorman.webhooks.delivery")
                .description("time of one webhook POST, until its answer or failure")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(meters);
    }

    /** Counted on each scrape (on the index of undelivered rows); NaN while the database cannot answer. */
    private double backlog() {
        try {
            return outbox.backlog();
        } catch (RuntimeException e) {
            log.debug("Cannot count the outbox backlog", e);
            return Double.NaN;
        }
    }
}
