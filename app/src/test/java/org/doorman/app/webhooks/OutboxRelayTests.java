package org.doorman.app.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.doorman.app.relationsdb.Engine;
import org.doorman.app.storage.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * One slow receiver delays no other delivery, and its own delivery is settled once, within the timeout; a name that
 * resolves inside by the time of the delivery gets no connection.
 */
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
            var meters = new SimpleMeterRegistry();
            var relay = relay(dataSource, jdbc, new WebhookAddressPolicy(true), meters);

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

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aNameThatPointsInsideByTheTimeOfTheDeliveryIsRefusedAtConnectTimeAndRecordedAsFailedAtOnce(Engine engine)
            throws Exception {
        var dataSource = engine.migrated();
        var jdbc = engine.client(dataSource);
        try (var inside = new WebhookReceiver()) {
            int port = URI.create(inside.url()).getPort();
            // DNS rebinding: the name answers a public address when the hook is registered, then the loopback
            // address where a service listens. Nothing local answers on a public address, so the other webhook of
            // the batch is one that does not answer at all: it takes up to the timeout, the refusal none.
            var lookups = new AtomicInteger();
            WebhookAddressPolicy.Lookup dns = host -> switch (host) {
                case "rebinding.example" ->
                    lookups.getAndIncrement() == 0
                            ? new InetAddress[] {InetAddress.getByName("203.0.113.10")}
                            : new InetAddress[] {InetAddress.getByName("127.0.0.1")};
                case "silent.example" -> new InetAddress[] {InetAddress.getByName("203.0.113.11")};
                default -> throw new UnknownHostException(host);
            };
            var strict = new WebhookAddressPolicy(false, dns);
            Instant registeredAt = Instant.now();
            var registration = new WebhookRegistration(new JdbcWebhooks(jdbc), strict);
            var rebinding = registration.register("http://rebinding.example:" + port + "/hooks", registeredAt);
            var silent = registration.register("http://silent.example/hooks", registeredAt);
            long now = System.currentTimeMillis();
            delivery(jdbc, "out_rebinding", rebinding.id().value(), now);
            delivery(jdbc, "out_silent", silent.id().value(), now);
            var meters = new SimpleMeterRegistry();
            var relay = relay(dataSource, jdbc, strict, meters);

            long start = System.currentTimeMillis();
            assertThat(relay.deliverDue()).isZero();

            assertThat(inside.deliveries())
                    .as("no connection to the address inside")
                    .isEmpty();
            assertThat(jdbc.sql("SELECT last_error FROM outbox WHERE id = 'out_rebinding'")
                            .query(String.class)
                            .single())
                    .contains("refused", "internal address", "127.0.0.1");
            assertThat(column(jdbc, "attempts", "out_rebinding")).isEqualTo(1);
            long settled = column(jdbc, "due_at", "out_rebinding")
                    - SETTINGS.backoffAfter(1).toMillis();
            assertThat(settled - start)
                    .as("recorded as failed at once, without waiting for the other delivery of the batch")
                    .isLessThan(TIMEOUT.toMillis() / 2);
            assertThat(column(jdbc, "attempts", "out_silent")).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE claimed_by IS NOT NULL OR gave_up_at IS NOT NULL")
                            .query(Integer.class)
                            .single())
                    .as("both are settled and will be tried again")
                    .isZero();
            assertThat(meters.find("doorman.webhooks.failures").counters().stream()
                            .mapToDouble(Counter::count)
                            .sum())
                    .as("two failed attempts, whatever answers at the public address")
                    .isEqualTo(2.0);
        }
    }

    private static OutboxRelay relay(
            DataSource dataSource, JdbcClient jdbc, WebhookAddressPolicy addresses, SimpleMeterRegistry meters) {
        var dialect = Dialect.of(dataSource);
        var outbox = new JdbcOutbox(jdbc, JsonMapper.builder().build(), dialect, Clock.systemUTC());
        var metrics = new WebhookMetrics(meters, outbox);
        var schedule = new WebhookSettings.Relay(false, 50);
        return new OutboxRelay(
                jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                Clock.systemUTC(),
                dialect,
                SETTINGS,
                schedule,
                outbox,
                new WebhookPoster(SETTINGS, schedule, Clock.systemUTC(), addresses, metrics),
                metrics);
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
