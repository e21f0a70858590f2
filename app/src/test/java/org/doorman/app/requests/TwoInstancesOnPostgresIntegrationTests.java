package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.doorman.app.DoormanApplication;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.Databases;
import org.doorman.app.testing.TestMembers;
import org.doorman.app.webhooks.WebhookReceiver;
import org.doorman.core.lifecycle.MemberId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Doorman processes (two Spring contexts, each with its own pool, scheduler and relay) on one PostgreSQL database:
 * 500 reply deadlines fall due at once, and each request is declined exactly once, each clarifying question is
 * written once and every webhook event is delivered exactly once.
 */
class TwoInstancesOnPostgresIntegrationTests {

    static final int REQUESTS = 500;
    static final String SECRET = "whsec_two_instances";
    static final MutableClock CLOCK = new MutableClock();

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static WebhookReceiver receiver;

    @Configuration(proxyBeanMethods = false)
    static class SharedClock {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @BeforeAll
    static void startTwoInstances() {
        String url = Databases.freshPostgresUrl();
        assertThat(url).startsWith("jdbc:postgresql:");
        first = start(url);
        second = start(url);
        assertThat(jdbc().sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
        receiver = new WebhookReceiver();
        jdbc().sql("INSERT INTO webhooks (id, url, secret, created_at) VALUES ('wh_two', ?, ?, ?)")
                .params(receiver.url(), SECRET, System.currentTimeMillis())
                .update();
    }

    static ConfigurableApplicationContext start(String url) {
        // Command-line arguments, so that they win over application.properties as they would in production.
        return new SpringApplicationBuilder(DoormanApplication.class, SharedClock.class)
                .profiles("test")
                .run(
                        "--spring.datasource.url=" + url,
                        "--server.port=0",
                        "--doorman.ask.reply-deadline=PT1H",
                        "--doorman.scheduler.interval=PT0.2S",
                        "--doorman.scheduler.batch-size=20",
                        "--doorman.webhooks.poll-interval=PT0.1S");
    }

    @AfterAll
    static void stop() {
        for (var context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    static JdbcClient jdbc() {
        return first.getBean(JdbcClient.class);
    }

    @Test
    void fiveHundredDeadlinesDueAtOnceAreEachDeclinedOnceAndEveryWebhookIsDeliveredOnce() throws Exception {
        var registration = first.getBean(MemberRegistration.class);
        var recipients = new ArrayList<Registered>();
        for (int i = 0; i < 5; i++) {
            recipients.add(
                    registration.register(NewMember.of(TestMembers.uniqueHandle("Dana " + i), "Dana " + i, "de")));
        }
        var senders = new ArrayList<Registered>();
        for (int i = 0; i < REQUESTS; i++) {
            senders.add(
                    registration.register(NewMember.of(TestMembers.uniqueHandle("Sender " + i), "Sender " + i, "de")));
        }
        // Sent half through each instance, four at a time, while both relays deliver.
        var desks = List.of(first.getBean(RequestDesk.class), second.getBean(RequestDesk.class));
        var sent = new ArrayList<Future<SentRequest>>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < REQUESTS; i++) {
                int n = i;
                sent.add(pool.submit(() -> desks.get(n % 2)
                        .send(
                                new MemberId(senders.get(n).id()),
                                new MemberId(
                                        recipients.get(n % recipients.size()).id()),
                                "Hallo, ich sehe viele Vorteile für beide Seiten und eine Win-Win-Situation. Lass uns"
                                        + " connecten! (" + n + ")")));
            }
        }
        var ids = new ArrayList<String>();
        for (var future : sent) {
            assertThat(future.get().state()).isEqualTo("pending");
            ids.add(future.get().id());
        }
        assertThat(count("SELECT COUNT(*) FROM contact_requests WHERE state = 'awaiting_reply'"))
                .isEqualTo(REQUESTS);

        // The hour passes after the first deliveries are done: a jump of the clock in the middle of a delivery would
        // look like a delivery hanging for an hour, past its lease, which another process then takes over.
        waitUntil(() -> undelivered() == 0);
        CLOCK.advance(Duration.ofHours(1).plusSeconds(1));
        waitUntil(() -> count("SELECT COUNT(*) FROM contact_requests WHERE state = 'declined'") == REQUESTS
                && undelivered() == 0);

        assertThat(count("SELECT COUNT(*) FROM contact_requests WHERE state = 'declined'"
                        + " AND decided_by = 'system:deadline' AND unanswered_at IS NOT NULL"))
                .isEqualTo(REQUESTS);
        assertThat(count("SELECT COUNT(*) FROM audit_trail WHERE step = 'declined silently'"))
                .as("one decline per request")
                .isEqualTo(REQUESTS);
        assertThat(count("SELECT COUNT(DISTINCT request_id) FROM audit_trail WHERE step = 'declined silently'"))
                .isEqualTo(REQUESTS);
        assertThat(count("SELECT COUNT(*) FROM request_messages WHERE kind = 'clarifying_question'"))
                .isEqualTo(REQUESTS);
        assertThat(count("SELECT COUNT(DISTINCT request_id) FROM request_messages WHERE kind = 'clarifying_question'"))
                .isEqualTo(REQUESTS);

        var deliveries = receiver.deliveries();
        assertThat(deliveries)
                .allSatisfy(
                        d -> assertThat(WebhookReceiver.signedWith(d, SECRET)).isTrue());
        var perEvent = deliveries.stream()
                .collect(Collectors.groupingBy(WebhookReceiver.Delivery::eventId, Collectors.counting()));
        assertThat(perEvent.values()).as("every event delivered exactly once").containsOnly(1L);
        var perType = deliveries.stream()
                .collect(Collectors.groupingBy(WebhookReceiver.Delivery::type, Collectors.counting()));
        assertThat(perType)
                .containsEntry("request.received", (long) REQUESTS)
                .containsEntry("message.created", (long) REQUESTS)
                .containsEntry("request.decided", (long) REQUESTS)
                .hasSize(3);
        assertThat(deliveries.stream()
                        .filter(d -> d.type().equals("request.decided"))
                        .map(WebhookReceiver.Delivery::body))
                .allSatisfy(body -> assertThat(body).contains("\"audience\":\"recipient\"", "declined"));
        assertThat(ids).doesNotHaveDuplicates().hasSize(REQUESTS);
    }

    /** Deliveries not yet made, and events not yet fanned out to the webhooks. */
    private static long undelivered() {
        return count("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL")
                + count("SELECT COUNT(*) FROM webhook_events WHERE fanned_out_at IS NULL");
    }

    private static long count(String sql) {
        return jdbc().sql(sql).query(Long.class).single();
    }

    private static void waitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not done within three minutes");
            }
            Thread.sleep(200);
        }
    }
}
