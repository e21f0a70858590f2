package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestMetricsTests {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final RequestMetrics metrics = new RequestMetrics(
            meters,
            new RequestSettings(
                    null, new RequestSettings.Scheduler(Duration.ofMinutes(1), true, 50), null, null, null));
    final Instant due = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aDeadlineActedOnWithinOneSchedulerIntervalIsDueButNotLate() {
        metrics.deadlineActedOn(due, due.plusSeconds(60));

        assertThat(meters.counter("doorman.deadlines.due").count()).isEqualTo(1);
        assertThat(meters.counter("doorman.deadlines.late").count()).isZero();
    }

    @Test
    void aDeadlineActedOnMoreThanOneIntervalAfterItPassedIsLate() {
        metrics.deadlineActedOn(due, due.plusSeconds(61));

        assertThat(meters.counter("doorman.deadlines.due").count()).isEqualTo(1);
        assertThat(meters.counter("doorman.deadlines.late").count()).isEqualTo(1);
    }
}
