package org.doorman.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Doorman is killed with SIGKILL while clients send requests and replies, and started again on the same data: every
 * acknowledged request is there once, every reply deadline that fell due is acted on once, and every webhook delivery
 * reaches the receiver (a delivery that was on the wire at the kill may arrive again, with the same
 * {@code X-Doorman-Delivery} id, once its lease has run out). The subclasses choose the database.
 */
abstract class KillUnderLoadIntegrationTests {

    static final String VAGUE =
            "Hallo, ich sehe viele Vorteile für beide Seiten und eine Win-Win-Situation. Lass uns connecten!";
    static final int SENDERS = 120;
    static final int CLIENTS = 4;
    static final List<String> SETTINGS = List.of(
            "--doorman.ask.reply-deadline=PT4S",
            "--doorman.scheduler.interval=PT0.2S",
            "--doorman.webhooks.poll-interval=PT0.1S",
            "--doorman.webhooks.timeout=PT1S",
            "--doorman.webhooks.backoff=PT0.5S");

    record Sent(String requestId, String senderId, String reply) {}

    @TempDir
    Path directory;

    abstract String freshDatabaseUrl();

    @Test
    void everyAcknowledgedRequestIsStoredOnceAndEveryDueDeadlineAndWebhookIsActedOnOnceAfterAKill() throws Exception {
        String url = freshDatabaseUrl();
        var database = JdbcClient.create(new DriverManagerDataSource(url));
        var acknowledged = new ConcurrentLinkedQueue<Sent>();
        var replies = new ConcurrentLinkedQueue<Sent>();
        try (var receiver = new DeliveryLog()) {
            try (var first = DoormanProcess.start(url, directory, SETTINGS)) {
                var api = new Api(first);
                assertThat(api.post("/webhooks", DoormanProcess.ADMIN_TOKEN, Map.of("url", receiver.url()))
                                .status())
                        .isEqualTo(201);
                var recipients = new ArrayList<String>();
                for (int i = 0; i < 3; i++) {
                    recipients.add(register(api, "Dana " + i).get(0));
                }
                var senders = new ArrayList<List<String>>();
                for (int i = 0; i < SENDERS; i++) {
                    senders.add(register(api, "Sender " + i));
                }

                var next = new AtomicInteger();
                try (var clients = Executors.newFixedThreadPool(CLIENTS)) {
                    for (int c = 0; c < CLIENTS; c++) {
                        clients.submit(() -> send(api, senders, recipients, next, acknowledged, replies));
                    }
                    await(
                            () -> acknowledged.size() >= SENDERS / 3,
                            Duration.ofSeconds(60),
                            () -> "a third acknowledged");
                    first.kill();
                }
                assertThat(next.get())
                        .as("the kill came while clients were still sending")
                        .isLessThan(SENDERS);
            }

            try (var second = DoormanProcess.start(url, directory, SETTINGS)) {
                // The deadlines are four seconds; a delivery that was on the wire at the kill waits for its lease
                // (3 × timeout + 30 s) before it is sent again.
                await(
                        () -> count(database, "SELECT COUNT(*) FROM contact_requests WHERE state = 'awaiting_reply'")
                                        == 0
                                && count(database, "SELECT COUNT(*) FROM webhook_events WHERE fanned_out_at IS NULL")
                                        == 0
                                && count(database, "SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL") == 0,
                        Duration.ofSeconds(60),
                        () -> "every deadline acted on and every delivery made:\n" + second.output());
                assertThat(second.health().status()).isEqualTo(200);
            }

            for (var sent : acknowledged) {
                assertThat(database.sql("SELECT sender_id FROM contact_requests WHERE id = ?")
                                .param(sent.requestId())
                                .query(String.class)
                                .list())
                        .as("acknowledged request %s", sent.requestId())
                        .containsExactly(sent.senderId());
            }
            assertThat(database.sql("SELECT COUNT(*) FROM contact_requests GROUP BY sender_id HAVING COUNT(*) > 1")
                            .query(Long.class)
                            .list())
                    .as("no request stored twice")
                    .isEmpty();
            for (var reply : replies) {
                assertThat(count(
                                database,
                                "SELECT COUNT(*) FROM request_messages WHERE request_id = ? AND body = ?",
                                reply.requestId(),
                                reply.reply()))
                        .as("acknowledged reply to %s", reply.requestId())
                        .isEqualTo(1);
            }

            long declinedAtTheDeadline =
                    count(database, "SELECT COUNT(*) FROM contact_requests WHERE decided_by = 'system:deadline'");
            assertThat(declinedAtTheDeadline)
                    .as("requests nobody answered were declined at their deadline")
                    .isPositive();
            assertThat(count(
                            database,
                            "SELECT COUNT(*) FROM audit_trail a JOIN contact_requests r ON r.id = a.request_id"
                                    + " WHERE a.step = 'declined silently' AND r.decided_by = 'system:deadline'"))
                    .as("each deadline acted on once")
                    .isEqualTo(declinedAtTheDeadline);
            assertThat(count(
                            database,
                            "SELECT COUNT(*) FROM request_messages WHERE kind = 'clarifying_question'"
                                    + " GROUP BY request_id HAVING COUNT(*) > 1"))
                    .as("no clarifying question asked twice")
                    .isZero();

            var outbox =
                    database.sql("SELECT id FROM outbox").query(String.class).set();
            var deliveries = receiver.deliveries();
            assertThat(deliveries.stream().map(DeliveryLog.Delivery::deliveryId).collect(Collectors.toSet()))
                    .as("every delivery in the outbox reached the receiver, and nothing else did")
                    .isEqualTo(outbox);
            var eventsPerDelivery = deliveries.stream()
                    .collect(Collectors.groupingBy(
                            DeliveryLog.Delivery::deliveryId,
                            Collectors.mapping(DeliveryLog.Delivery::eventId, Collectors.toSet())));
            assertThat(eventsPerDelivery.values())
                    .as("a delivery sent again carries the same event")
                    .allSatisfy(events -> assertThat(events).hasSize(1));
            assertThat(count(database, "SELECT COUNT(*) FROM outbox WHERE kind = 'request.received'"))
                    .as("every acknowledged request was announced")
                    .isGreaterThanOrEqualTo(acknowledged.size());
            assertThat(deliveries.size() - outbox.size())
                    .as("only deliveries of the batch the relay had claimed at the kill arrive twice")
                    .isLessThanOrEqualTo(RELAY_BATCH);
        }
    }

    /** The relay's claim size (doorman.scheduler.batch-size, default 50): what one relay may have on the wire. */
    static final int RELAY_BATCH = 50;

    /** One client: sends requests for the next senders, and answers every second clarifying question at once. */
    private static void send(
            Api api,
            List<List<String>> senders,
            List<String> recipients,
            AtomicInteger next,
            ConcurrentLinkedQueue<Sent> acknowledged,
            ConcurrentLinkedQueue<Sent> replies) {
        for (int n = next.getAndIncrement(); n < senders.size(); n = next.getAndIncrement()) {
            var sender = senders.get(n);
            var answer = api.post(
                    "/requests",
                    sender.get(1),
                    Map.of("recipient", recipients.get(n % recipients.size()), "message", VAGUE + " (" + n + ")"));
            if (answer.status() == -1) {
                return; // Doorman is gone
            }
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            var sent = new Sent(answer.text("id"), sender.get(0), "Wir kennen uns von der Messe " + n + ".");
            acknowledged.add(sent);
            if (n % 2 == 0) {
                var reply = api.post(
                        "/requests/" + sent.requestId() + "/messages", sender.get(1), Map.of("body", sent.reply()));
                if (reply.status() == -1) {
                    return;
                }
                assertThat(reply.status()).as(reply.body()).isEqualTo(201);
                replies.add(sent);
            }
        }
    }

    /** Registers a member through the API; answers its id and token. */
    private static List<String> register(Api api, String name) {
        var answer = api.post(
                "/members",
                DoormanProcess.ADMIN_TOKEN,
                Map.of(
                        "handle",
                        org.doorman.app.testing.TestMembers.uniqueHandle(name),
                        "name",
                        name,
                        "language",
                        "de"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return List.of(answer.text("id"), answer.text("token"));
    }

    static long count(JdbcClient database, String sql, Object... parameters) {
        var counts = database.sql(sql).params(parameters).query(Long.class).list();
        return counts.isEmpty() ? 0 : counts.getFirst();
    }

    static void await(BooleanSupplier done, Duration within, Supplier<String> what) {
        long end = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not done within " + within + ": " + what.get());
            }
            DoormanProcess.sleep(Duration.ofMillis(200));
        }
    }
}
