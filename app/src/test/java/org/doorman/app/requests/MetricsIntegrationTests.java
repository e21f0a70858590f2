package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.doorman.app.webhooks.OutboxRelay;
import org.doorman.app.webhooks.WebhookReceiver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Doorman's own metrics as the operator's Prometheus reads them from {@code /actuator/prometheus}. */
@IntegrationTest
abstract class MetricsIntegrationTests {

    static final String PROMETHEUS = "/actuator/prometheus";
    static final String VAGUE = "Hi, Vernetzung bringt Vorteile für beide Seiten. Freue mich auf den Austausch!";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    MemberRegistration registration;

    @Autowired
    DeadlineScheduler deadlines;

    @Autowired
    OutboxRelay relay;

    Registered recipient;

    @BeforeEach
    void recipient() {
        recipient = new TestMembers(registration).createTaxAdviser();
    }

    @Test
    void aScreenedRequestIsCountedByCategoryAndActionAndItsDecisionTimed() throws Exception {
        String before = scrape();

        String id = send(member("Jonas Weber"), recipient, VAGUE);

        String view = mvc.perform(get("/api/v1/requests/" + id)
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(recipient.token())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String screened = "doorman_requests_screened_total{action=\"%s\",category=\"%s\"}"
                .formatted(JsonPath.read(view, "$.action"), JsonPath.read(view, "$.category"));
        String after = scrape();
        assertThat(value(after, screened)).isGreaterThanOrEqualTo(value(before, screened) + 1);
        assertThat(value(after, "doorman_requests_decision_seconds_count"))
                .isGreaterThanOrEqualTo(value(before, "doorman_requests_decision_seconds_count") + 1);
        assertThat(after)
                .contains("doorman_requests_decision_seconds_sum ", "doorman_requests_decision_seconds_bucket{le=")
                .containsPattern("(?m)^doorman_outbox_backlog \\d");
    }

    @Test
    void aDeadlineActedOnMoreThanOneIntervalAfterItPassedCountsAsDueAndLate() throws Exception {
        String id = send(member("Lea Vogt"), recipient, VAGUE);
        String view = mvc.perform(get("/api/v1/requests/" + id)
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(recipient.token())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Instant deadline = Instant.parse(JsonPath.read(view, "$.deadline"));
        String before = scrape();

        deadlines.runDue(deadline.plus(Duration.ofMinutes(5)));

        String after = scrape();
        assertThat(value(after, "doorman_deadlines_due_total"))
                .isGreaterThanOrEqualTo(value(before, "doorman_deadlines_due_total") + 1);
        assertThat(value(after, "doorman_deadlines_late_total"))
                .isGreaterThanOrEqualTo(value(before, "doorman_deadlines_late_total") + 1);
    }

    @Test
    void undeliveredWebhooksShowAsBacklogAndTheirFailuresAreCountedAndTimed() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            String hook = "wh_metrics_" + System.nanoTime();
            jdbc.sql("INSERT INTO webhooks (id, url, secret, created_at) VALUES (?, ?, ?, ?)")
                    .params(hook, receiver.url(), "whsec_metrics", System.currentTimeMillis())
                    .update();
            try {
                receiver.failNext(1000);
                String before = scrape();
                send(member("Tim Kaiser"), recipient, VAGUE);
                assertThat(value(scrape(), "doorman_outbox_backlog"))
                        .as("the new request's events wait in the outbox")
                        .isGreaterThanOrEqualTo(1);

                String failures = "doorman_webhooks_failures_total{cause=\"status\"}";
                eventually(() -> {
                    relay.deliverDue();
                    return receiver.deliveries().size() >= 1 && value(scrape(), failures) > value(before, failures);
                });
                String after = scrape();
                String failed = "doorman_webhooks_delivery_seconds_count{outcome=\"failed\"}";
                assertThat(value(after, failed)).isGreaterThan(value(before, failed));
                assertThat(value(after, "doorman_outbox_backlog"))
                        .as("a failed delivery waits for its retry")
                        .isGreaterThanOrEqualTo(1);
            } finally {
                jdbc.sql("DELETE FROM outbox WHERE target = ?").param(hook).update();
                jdbc.sql("DELETE FROM webhooks WHERE id = ?").param(hook).update();
            }
        }
    }

    @Test
    void theMetricsAreRefusedWithoutATokenWithAWrongOneAndToAMember() throws Exception {
        mvc.perform(get(PROMETHEUS))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(PROMETHEUS).header(HttpHeaders.AUTHORIZATION, TestMembers.bearer("not-a-token")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(PROMETHEUS).header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(recipient.token())))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthStaysOpenToEveryone() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health").header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(recipient.token())))
                .andExpect(status().isOk());
    }

    Registered member(String name) {
        return new TestMembers(registration).create(NewMember.of(TestMembers.uniqueHandle(name), name, "de"));
    }

    String send(Registered sender, Registered to, String message) throws Exception {
        String body = mvc.perform(post("/api/v1/requests")
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(sender.token()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("recipient", to.id(), "message", message))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    String scrape() throws Exception {
        return mvc.perform(
                        get(PROMETHEUS).header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(TestMembers.ADMIN_TOKEN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The value of one series in Prometheus' text format (name and labels exactly as written), 0 if absent. */
    static double value(String scrape, String series) {
        var matcher =
                Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)").matcher(scrape);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static void eventually(Check condition) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.holds()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(until);
            Thread.sleep(100);
        }
    }
}
