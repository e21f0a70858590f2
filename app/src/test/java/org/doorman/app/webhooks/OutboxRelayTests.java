package org.doorman.app.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.doorman.app.relationsdb.Engine;
import org.doorman.app.storage.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One slow receiver delays no other delivery, and its own delivery is settled once, within the timeout. */
class OutboxRelayTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final WebhookSettings SETTINGS = new WebhookSettings(
            Duration.ofSeconds(1), TIMEOUT, Duration.ofSeconds(5), Duration.ofHours(1), 12, Duration.ofDays(7), true);

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSlowReceiverTimesOutAloneWhileTheOthersAreRecordedAsTheyAnswer(Engine engine) throws Exception {
        var dataSource = engine.migrated();
        var jdbc = engine.client(dataSource);
        try (var slow = new WebhookReceiver();
                var fast = new WebhookReceiver()) {
            slow.answerAfter(TIMEOUT.multipliedBy(3));
            long now = System.currentTimeMillis();
            hook(jdbc, "wh_slow", slow.url(), now);
            hook(jdbc, "wh_fast", fast.url(), now);
            delivery(jdbc, "out_slow", "wh_slow", now);
            delivery(jdbc, "out_fast", "wh_fast", now);
            var meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
            var dialect = Dialect.of(dataSource);
            var outbox = new JdbcOutbox(
                    jdbc, tools.jackson.databind.json.JsonMapper.builder().build(), dialect);
            var metrics = new WebhookMetrics(meters, outbox);
            var relay = new OutboxRelay(
                    jdbc,
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                    Clock.systemUTC(),
                    dialect,
                    SETTINGS,
                    new WebhookSettings.Relay(false, 50),
                    outbox,
                    new WebhookPoster(SETTINGS, Clock.systemUTC(), new WebhookAddressPolicy(true), metrics),
                    metrics);

            Instant start = Instant.now();
            int delivered = relay.deliverDue();
            Duration took = Duration.between(start, Instant.now());

            assertThat(delivered).isEqualTo(1);
            assertThat(took)
                    .as("bounded by the timeout, not by the slow receiver")
                    .isLessThan(TIMEOUT.multipliedBy(2));
            long fastSettled = column(jdbc, "delivered_at", "out_fast");
            assertThat(fastSettled - start.toEpochMilli())
                    .as("the fast delivery was recorded before the slow one timed out")
                    .isLessThan(TIMEOUT.toMillis());
            assertThat(column(jdbc, "attempts", "out_slow")).isEqualTo(1);
            assertThat(jdbc.sql("SELECT last_error FROM outbox WHERE id = 'out_slow'")
                            .query(String.class)
                            .single())
                    .contains("timed out");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE claimed_by IS NOT NULL")
                            .query(Integer.class)
                            .single())
                    .as("nothing stays claimed, so nothing is sent twice")
                    .isZero();
            assertThat(fast.deliveries()).hasSize(1);
            assertThat(meters.counter("doorman.webhooks.failures", "cause", "error")
                            .count())
                    .isEqualTo(1.0);
        }
    }

    private static void hook(JdbcClient jdbc, String id, String url, long now) {
        jdbc.sql("INSERT INTO webhooks (id, url, secret, created_at) VALUES (?, ?, ?, ?)")
                .params(id, url, "whsec_" + id, now)
                .update();
    }

    private static void delivery(JdbcClient jdbc, String id, String hook, long now) {
        jdbc.sql("""
                        INSERT INTO outbox (id, kind, target, payload, created_at, due_at, attempts, event_id)
                        VALUES (?, 'request.received', ?, '{"data": {}}', ?, ?, 0, ?)""").params(id, hook, now, now, "evt_" + id).update();
    }

    private static long column(JdbcClient jdbc, String column, String id) {
        return jdbc.sql("SELECT " + column + " FROM outbox WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
