package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.doorman.core.lifecycle.MemberId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One request whose deadline cannot be acted on stalls no other: it is retried with backoff, logged and counted. */
@IntegrationTest
abstract class FailureIsolationIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    DeadlineScheduler deadlines;

    @Autowired
    RequestDesk desk;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRequestThatFailsIsRetriedLaterWhileTheOthersAreDeclined() {
        var members = new TestMembers(registration);
        var maria = members.create("Maria Berg", "de");
        var sam = members.create("Sam Sommer", "de");
        var good = desk.send(
                new MemberId(sam.id()),
                new MemberId(maria.id()),
                "Hallo, ich sehe viele Synergien und würde mich gerne vernetzen, win-win!");
        Instant now = Instant.now();
        // a row no transition can be made of (sender and recipient are the same), due before the good one
        String poison = "req_poison_" + System.nanoTime();
        jdbc.sql("""
                        INSERT INTO contact_requests (id, sender_id, recipient_id, message, sent_at, state, deadline_at)
                        VALUES (?, ?, ?, 'x', ?, 'awaiting_reply', ?)""")
                .params(poison, maria.id(), maria.id(), now.minusSeconds(7200).toEpochMilli(), 0L)
                .update();
        jdbc.sql("UPDATE contact_requests SET state = 'awaiting_reply', deadline_at = ? WHERE id = ?")
                .params(now.minusSeconds(60).toEpochMilli(), good.id())
                .update();
        double failuresBefore = meters.counter("doorman.deadlines.failures").count();
        try {
            deadlines.runDue(now);

            assertThat(state(good.id())).isEqualTo("declined");
            assertThat(state(poison)).isEqualTo("awaiting_reply");
            var retry = jdbc.sql("SELECT deadline_failures, deadline_retry_at FROM contact_requests WHERE id = ?")
                    .param(poison)
                    .query((rs, row) -> Map.of("failures", rs.getLong(1), "retryAt", rs.getLong(2)))
                    .single();
            assertThat(retry.get("failures")).isGreaterThanOrEqualTo(1L);
            assertThat(retry.get("retryAt")).isGreaterThan(now.toEpochMilli());
            assertThat(meters.counter("doorman.deadlines.failures").count()).isGreaterThan(failuresBefore);

            long failures = retry.get("failures");
            deadlines.runDue(now.plusSeconds(1));
            assertThat(jdbc.sql("SELECT deadline_failures FROM contact_requests WHERE id = ?")
                            .param(poison)
                            .query(Long.class)
                            .single())
                    .as("not tried again before its backoff is over")
                    .isEqualTo(failures);
            deadlines.runDue(now.plus(Duration.ofHours(2)));
            assertThat(jdbc.sql("SELECT deadline_failures FROM contact_requests WHERE id = ?")
                            .param(poison)
                            .query(Long.class)
                            .single())
                    .as("tried again after it")
                    .isGreaterThan(failures);
        } finally {
            jdbc.sql("DELETE FROM contact_requests WHERE id = ?").param(poison).update();
        }
    }

    private String state(String id) {
        return jdbc.sql("SELECT state FROM contact_requests WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
