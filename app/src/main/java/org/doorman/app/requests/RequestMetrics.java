package org.doorman.app.requests;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.doorman.core.strategy.Decision;
import org.springframework.stereotype.Component;

/**
 * The request lifecycle's meters: {@code doorman.requests.screened} (by category and action),
 * {@code doorman.requests.decision} (the time from a request's facts to the strategy's decision),
 * {@code doorman.deadlines.due} (reply deadlines acted on) and {@code doorman.deadlines.late} (those acted on more
 * than one scheduler interval after they passed). In Prometheus: {@code doorman_requests_screened_total},
 * {@code doorman_requests_decision_seconds}, {@code doorman_deadlines_due_total}, {@code doorman_deadlines_late_total}.
 */
@Component
class RequestMetrics {

    static final String SCREENED = "doorman.requests.screened";
    static final String DECISION = "doorman.requests.decision";

    private final MeterRegistry meters;
    private final Timer decision;
    private final Counter deadlinesDue;
    private final Counter deadlinesLate;
    private final Duration interval;

    RequestMetrics(MeterRegistry meters, RequestSettings settings) {
        this.meters = meters;
        this.interval = settings.scheduler().interval();
        this.decision = Timer.builder(DECISION)
                .description("time from a new request's facts to its recipient's strategy's decision")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(meters);
        this.deadlinesDue = Counter.builder("doorman.deadlines.due")
                .description("reply deadlines that passed and were acted on (a silent decline)")
                .register(meters);
        this.deadlinesLate = Counter.builder("doorman.deadlines.late")
                .description("reply deadlines acted on more than one scheduler interval after they passed")
                .register(meters);
    }

    /** Starts timing a decision; hand the sample to {@link #screened}. */
    Timer.Sample startDecision() {
        return Timer.start(meters);
    }

    /** A new request was screened: counted by the decision's category and action, its decision timed. */
    void screened(Decision decision, Timer.Sample started) {
        started.stop(this.decision);
        Counter.builder(SCREENED)
                .description("new requests screened by their recipient's strategy")
                .tag("category", decision.category().wireName())
                .tag("action", decision.action().wireName())
                .register(meters)
                .increment();
    }

    /** A reply deadline due at {@code due} was acted on at {@code now}. */
    void deadlineActedOn(Instant due, Instant now) {
        deadlinesDue.increment();
        if (Duration.between(due, now).compareTo(interval) > 0) {
            deadlinesLate.increment();
        }
    }
}
