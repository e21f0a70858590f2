package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.doorman.app.DoormanApplication;
import org.doorman.app.testing.Databases;
import org.doorman.app.testing.TestMembers;
import org.doorman.app.webhooks.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Three Doorman instances (three Spring contexts with their own web server, pool, scheduler and webhook relay) on one
 * PostgreSQL database, loaded over HTTP by eight clients sending requests between distinct pairs of members to the
 * three in turn while two readers read inboxes: no call fails, each request is screened once, each webhook event is
 * delivered once and each reply deadline is acted on once. Prints the throughput.
 */
class ThreeInstancesOnPostgresIntegrationTests {

    static final int INSTANCES = 3;
    static final int MEMBERS = 40;
    static final int REQUESTS = 600;
    static final String ADMIN = "three-instances-admin";
    static final MutableClock CLOCK = new MutableClock();
    static final String PITCH =
            "Hallo, ich sehe viele Vorteile für beide Seiten und eine Win-Win-Situation. Lass uns" + " connecten! (%d)";
    static final String NEED = "Hello %s, I am hiring a senior Java engineer for our payments team in Munich and your"
            + " Spring Boot work fits well. Could we talk for 15 minutes on Thursday? (%d)";

    static final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    static final HttpClient http = HttpClient.newHttpClient();
    static WebhookReceiver receiver;

    @Configuration(proxyBeanMethods = false)
    static class SharedClock {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    record Member(String id, String token) {}

    @BeforeAll
    static void startThreeInstances() throws Exception {
        String url = Databases.freshPostgresUrl();
        for (int i = 0; i < INSTANCES; i++) {
            instances.add(new SpringApplicationBuilder(DoormanApplication.class, SharedClock.class)
                    .profiles("test")
                    .run(
                            "--spring.datasource.url=" + url,
                            "--server.port=0",
                            "--doorman.admin-token=" + ADMIN,
                            "--doorman.limits.requests.capacity=1000000",
                            "--doorman.limits.requests.period=PT1S",
                            "--doorman.ask.reply-deadline=PT1H",
                            "--doorman.scheduler.interval=PT0.2S",
                            "--doorman.scheduler.batch-size=20",
                            "--doorman.webhooks.poll-interval=PT0.1S"));
        }
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void underLoadNoCallFailsAndEveryEffectHappensOnce() throws Exception {
        String secret = JsonPath.read(
                call(0, "POST", "/api/v1/webhooks", ADMIN, "{\"url\":\"" + receiver.url() + "\"}", 201), "$.secret");
        var members = new ArrayList<Member>();
        for (int i = 0; i < MEMBERS; i++) {
            String answer = call(
                    i % INSTANCES,
                    "POST",
                    "/api/v1/members",
                    ADMIN,
                    "{\"handle\":\"" + TestMembers.uniqueHandle("three") + "\",\"name\":\"Member " + i
                            + "\",\"language\":\"" + (i % 2 == 0 ? "de" : "en") + "\"}",
                    201);
            members.add(new Member(JsonPath.read(answer, "$.id"), JsonPath.read(answer, "$.token")));
        }

        var next = new AtomicInteger();
        var answers = new ConcurrentHashMap<Integer, Integer>();
        var readerFailures = new AtomicInteger();
        var sending = new java.util.concurrent.atomic.AtomicBoolean(true);
        long started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(10)) {
            for (int reader = 0; reader < 2; reader++) {
                int r = reader;
                pool.submit(() -> {
                    for (int n = r; sending.get(); n++) {
                        var who = members.get(n % MEMBERS);
                        if (status(n % INSTANCES, "GET", "/api/v1/inbox", who.token(), null) != 200) {
                            readerFailures.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            var clients = new ArrayList<java.util.concurrent.Future<?>>();
            for (int client = 0; client < 8; client++) {
                clients.add(pool.submit(() -> {
                    for (int k = next.getAndIncrement(); k < REQUESTS; k = next.getAndIncrement()) {
                        // pair k: sender k mod n to the member (k div n) + 1 further on, so that no pair repeats
                        var sender = members.get(k % MEMBERS);
                        var recipient = members.get((k % MEMBERS + k / MEMBERS + 1) % MEMBERS);
                        String message =
                                k % 2 == 0 ? PITCH.formatted(k) : NEED.formatted("Member " + recipient.id(), k);
                        String body = "{\"recipient\":\"" + recipient.id() + "\",\"message\":\"" + message + "\"}";
                        answers.merge(
                                status(k % INSTANCES, "POST", "/api/v1/requests", sender.token(), body),
                                1,
                                Integer::sum);
                    }
                    return null;
                }));
            }
            for (var client : clients) {
                client.get();
            }
            sending.set(false);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "three instances on one PostgreSQL: %d requests in %.1f s, %.0f requests/s (8 clients, 2 readers)%n",
                REQUESTS, seconds, REQUESTS / seconds);

        assertThat(answers).as("every request answered 201").isEqualTo(Map.of(201, REQUESTS));
        assertThat(readerFailures).hasValue(0);
        assertThat(count("SELECT COUNT(*) FROM contact_requests")).isEqualTo(REQUESTS);
        assertThat(jdbc().sql("SELECT request_id || ' ' || step FROM audit_trail GROUP BY request_id, step"
                                + " HAVING COUNT(*) > 1")
                        .query(String.class)
                        .list())
                .as("no step of a request taken twice (screening included)")
                .isEmpty();
        long awaiting = count("SELECT COUNT(*) FROM contact_requests WHERE state = 'awaiting_reply'");
        assertThat(awaiting).as("the pitches were asked a clarifying question").isPositive();

        // Every event tried once before the hour passes (a jump in the middle of a delivery would look like a
        // delivery hanging past its lease); a delivery that failed under the load is retried after its backoff.
        waitUntil(() -> undeliveredDue() == 0);
        System.out.println("deliveries retried under load: "
                + jdbc().sql("SELECT COALESCE(last_error, '') FROM outbox WHERE attempts > 1")
                        .query(String.class)
                        .list());
        CLOCK.advance(Duration.ofHours(1).plusSeconds(1));
        waitUntil(() -> count("SELECT COUNT(*) FROM contact_requests WHERE state = 'awaiting_reply'") == 0
                && undeliveredDue() == 0);

        assertThat(count("SELECT COUNT(*) FROM contact_requests WHERE decided_by = 'system:deadline'"))
                .isEqualTo(awaiting);
        assertThat(count("SELECT COUNT(*) FROM audit_trail WHERE step = 'declined silently'"
                        + " AND request_id IN (SELECT id FROM contact_requests WHERE decided_by = 'system:deadline')"))
                .as("each deadline acted on once")
                .isEqualTo(awaiting);
        var deliveries = receiver.deliveries();
        assertThat(deliveries)
                .allSatisfy(
                        d -> assertThat(WebhookReceiver.signedWith(d, secret)).isTrue());
        var perEvent = deliveries.stream()
                .collect(Collectors.groupingBy(WebhookReceiver.Delivery::eventId, Collectors.counting()));
        assertThat(perEvent.values()).as("every event delivered exactly once").containsOnly(1L);
        assertThat(deliveries.stream().filter(d -> d.type().equals("request.received")))
                .hasSize(REQUESTS);
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NOT NULL"))
                .isEqualTo(perEvent.size());
    }

    private static int status(int instance, String method, String path, String token, String body) throws Exception {
        return send(instance, method, path, token, body).statusCode();
    }

    private static String call(int instance, String method, String path, String token, String body, int expected)
            throws Exception {
        var answer = send(instance, method, path, token, body);
        assertThat(answer.statusCode())
                .as(method + " " + path + ": " + answer.body())
                .isEqualTo(expected);
        return answer.body();
    }

    private static HttpResponse<String> send(int instance, String method, String path, String token, String body)
            throws Exception {
        int port = ((WebServerApplicationContext) instances.get(instance))
                .getWebServer()
                .getPort();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static JdbcClient jdbc() {
        return instances.getFirst().getBean(JdbcClient.class);
    }

    /**
     * Events due by the shared clock and not yet delivered, or not yet fanned out to the webhooks (follow-up
     * reminders fall due only days later).
     */
    private static long undeliveredDue() {
        return jdbc().sql("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND due_at <= ?")
                        .params(CLOCK.millis())
                        .query(Long.class)
                        .single()
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
