package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.doorman.app.contacts.Contacts;
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
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** The request's story over HTTP, step by step, as the recipient, the requester and an outsider see it. */
@IntegrationTest
abstract class RequestLifecycleIntegrationTests {

    static final String CONCRETE = "Guten Tag Frau Berg, in Ihrem Profil steht, dass Sie Existenzgründer beraten. Ich"
            + " mache mich im Januar als Fotograf selbständig und brauche jemanden für die Buchhaltung und die erste"
            + " Steuererklärung. Könnten wir nächste Woche telefonieren?";
    static final String VAGUE = "Hallo Dana, ich sehe großes Potenzial für eine Win-Win-Situation zwischen uns. Lass"
            + " uns connecten und gemeinsam wachsen!";
    static final String SALES = "Sehr geehrte Frau Berg, als unabhängiger Versicherungsmakler biete ich Ihnen eine"
            + " kostenlose Analyse Ihrer Berufsunfähigkeitsversicherung an. Jetzt Termin sichern!";
    static final String REPLY = "Ich organisiere Workshops für Kreative und suche eine Steuerberaterin, an die ich"
            + " Teilnehmer verweisen kann.";

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

    @Autowired
    Contacts contacts;

    Registered dana;
    Registered jonas;

    @BeforeEach
    void members() {
        dana = new TestMembers(registration).createTaxAdviser();
        jonas = member("Jonas Weber", "de");
    }

    Registered member(String name, String language) {
        return new TestMembers(registration).create(NewMember.of(TestMembers.uniqueHandle(name), name, language));
    }

    ResultActions call(String method, String path, Registered who, Object body) throws Exception {
        var request = switch (method) {
            case "GET" -> get(path);
            case "POST" -> post(path);
            case "PUT" -> put(path);
            case "DELETE" -> delete(path);
            default -> throw new IllegalArgumentException(method);
        };
        if (who != null) {
            request.header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(who.token()));
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .content(body instanceof String text ? text : json.writeValueAsString(body));
        }
        return mvc.perform(request.accept(MediaType.APPLICATION_JSON));
    }

    String send(Registered sender, Registered recipient, String message) throws Exception {
        String body = call("POST", "/api/v1/requests", sender, Map.of("recipient", recipient.id(), "message", message))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("declin");
        return JsonPath.read(body, "$.id");
    }

    String view(String requestId, Registered who) throws Exception {
        return call("GET", "/api/v1/requests/" + requestId, who, null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    String state(String requestId, Registered who) throws Exception {
        return JsonPath.read(view(requestId, who), "$.state");
    }

    @Test
    void aConcreteNeedIsAcceptedAtOnceWithAFollowUpTaskForTheMember() throws Exception {
        String id = send(jonas, dana, CONCRETE);

        call("GET", "/api/v1/requests/" + id, dana, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("accepted"))
                .andExpect(jsonPath("$.category").value("concrete_need"))
                .andExpect(jsonPath("$.action").value("accept_and_follow_up"))
                .andExpect(jsonPath("$.rule").isNotEmpty())
                .andExpect(jsonPath("$.signals").isNotEmpty())
                .andExpect(jsonPath("$.decidedBy").value(org.hamcrest.Matchers.startsWith("rule:")));
        assertThat(json.readTree(view(id, dana)).propertyNames())
                .as("the recipient's view, field by field in the order of the API")
                .containsExactly(
                        "id",
                        "state",
                        "sender",
                        "recipient",
                        "message",
                        "sentAt",
                        "language",
                        "category",
                        "confidence",
                        "action",
                        "ruleId",
                        "rule",
                        "explanation",
                        "signals",
                        "decidedBy",
                        "decidedAt",
                        "messages",
                        "history");
        assertThat(state(id, jonas)).isEqualTo("accepted");
        assertThat(contacts.connected(dana.memberId(), jonas.memberId())).isTrue();
        call("GET", "/api/v1/tasks", dana, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].contact.id").value(jonas.id()))
                .andExpect(jsonPath("$[0].requestId").value(id))
                .andExpect(jsonPath("$[0].title").value(org.hamcrest.Matchers.containsString("Jonas Weber")))
                .andExpect(jsonPath("$[0].dueAt").isNotEmpty())
                .andExpect(jsonPath("$[0].remindAt").isNotEmpty());
        call("GET", "/api/v1/tasks", jonas, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void aVaguePitchIsAnsweredWithAClarifyingQuestionAndTheReplyOpensADialog() throws Exception {
        String id = send(jonas, dana, VAGUE);

        call("GET", "/api/v1/requests/" + id, dana, null)
                .andExpect(jsonPath("$.state").value("awaiting_reply"))
                .andExpect(jsonPath("$.category").value("vague_pitch"))
                .andExpect(jsonPath("$.deadline").isNotEmpty());
        String senderView = view(id, jonas);
        assertThat((String) JsonPath.read(senderView, "$.state")).isEqualTo("pending");
        assertThat((String) JsonPath.read(senderView, "$.messages[0].kind")).isEqualTo("clarifying_question");
        assertThat((String) JsonPath.read(senderView, "$.messages[0].body")).contains("?", "Jonas Weber", "Dana Berg");
        assertThat(senderView).doesNotContain("category", "signals", "vague_pitch", "deadline", "rule");

        call("POST", "/api/v1/requests/" + id + "/messages", jonas, Map.of("body", REPLY))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("reply"));

        call("GET", "/api/v1/requests/" + id, dana, null)
                .andExpect(jsonPath("$.state").value("in_dialog"))
                .andExpect(jsonPath("$.deadline").doesNotExist())
                .andExpect(jsonPath("$.messages[1].body").value(REPLY));
        deadlines.runDue(Instant.now().plus(Duration.ofDays(60)));
        assertThat(state(id, dana))
                .as("an answered question is not declined by its old deadline")
                .isEqualTo("in_dialog");
    }

    @Test
    void silenceUntilTheDeadlineDeclinesSilentlyAndCountsAnUnansweredQuestion() throws Exception {
        var lea = member("Lea Vogt", "de");
        String id = send(lea, dana, "Hi, Vernetzung bringt Vorteile für beide Seiten. Freue mich auf den Austausch!");
        Instant deadline = Instant.parse(JsonPath.read(view(id, dana), "$.deadline"));

        deadlines.runDue(deadline.minusSeconds(1));
        assertThat(state(id, dana)).isEqualTo("awaiting_reply");

        deadlines.runDue(deadline.plusSeconds(1));

        call("GET", "/api/v1/requests/" + id, dana, null)
                .andExpect(jsonPath("$.state").value("declined"))
                .andExpect(jsonPath("$.decidedBy").value("system:deadline"))
                .andExpect(jsonPath("$.history[-1].step").value("declined silently"));
        String senderView = view(id, lea);
        assertThat((String) JsonPath.read(senderView, "$.state")).isEqualTo("pending");
        assertThat(senderView.toLowerCase()).doesNotContain("declin");
        assertThat(jdbc.sql("SELECT unanswered_at FROM contact_requests WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isNotNull();
        assertThat(deadlines.runDue(deadline.plusSeconds(2)))
                .as("a passed deadline is acted on once")
                .isZero();
    }

    @Test
    void aSalesPitchIsDeclinedWhileTheSenderStillSeesPending() throws Exception {
        var tim = member("Tim Kaiser", "de");
        String id = send(tim, dana, SALES);

        call("GET", "/api/v1/requests/" + id, dana, null)
                .andExpect(jsonPath("$.state").value("declined"))
                .andExpect(jsonPath("$.category").value("sales_pitch"));
        call("GET", "/api/v1/requests/" + id, tim, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("pending"))
                .andExpect(jsonPath("$.category").doesNotExist())
                .andExpect(jsonPath("$.confidence").doesNotExist())
                .andExpect(jsonPath("$.action").doesNotExist())
                .andExpect(jsonPath("$.rule").doesNotExist())
                .andExpect(jsonPath("$.signals").doesNotExist())
                .andExpect(jsonPath("$.messages").isEmpty());
        assertThat(view(id, tim).toLowerCase()).doesNotContain("declin");
        call("POST", "/api/v1/requests/" + id + "/messages", tim, Map.of("body", "Haben Sie mein Angebot gesehen?"))
                .andExpect(status().isCreated());
        assertThat(state(id, tim)).isEqualTo("pending");
        assertThat(state(id, dana)).isEqualTo("declined");
        assertThat(contacts.connected(dana.memberId(), tim.memberId())).isFalse();
    }

    @Test
    void theMembersOverrideAcceptsAndIsRecordedAsTheMembersDecision() throws Exception {
        String id = send(jonas, dana, VAGUE);

        call("POST", "/api/v1/requests/" + id + "/decision", dana, Map.of("action", "accept"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("accepted"))
                .andExpect(jsonPath("$.decidedBy").value("member:" + dana.id()))
                .andExpect(jsonPath("$.history[-1].actor").value("member:" + dana.id()));
        assertThat(state(id, jonas)).isEqualTo("accepted");
        assertThat(contacts.connected(jonas.memberId(), dana.memberId())).isTrue();
        call("POST", "/api/v1/requests/" + id + "/decision", dana, Map.of("action", "decline"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("remove the contact")));
    }

    @Test
    void aSecondVagueRequestWithinTheRepeatPeriodWaitsWithoutASecondQuestion() throws Exception {
        var mia = member("Mia Brandt", "de");
        String first = send(mia, dana, VAGUE);
        call("POST", "/api/v1/requests/" + first + "/decision", dana, Map.of("action", "decline"))
                .andExpect(status().isOk());
        // within doorman.requests.retry-after a new request answers as while the first is pending; the decline is
        // moved back past it, the question stays within the repeat period
        call("POST", "/api/v1/requests", mia, Map.of("recipient", dana.id(), "message", VAGUE))
                .andExpect(status().isConflict());
        jdbc.sql("UPDATE contact_requests SET decided_at = ? WHERE id = ?")
                .params(Instant.now().minus(Duration.ofDays(181)).toEpochMilli(), first)
                .update();

        String second = send(mia, dana, "Hallo Dana, lass uns unsere Netzwerke erweitern, Synergien nutzen!");

        call("GET", "/api/v1/requests/" + second, dana, null)
                .andExpect(jsonPath("$.state").value("awaiting_reply"))
                .andExpect(jsonPath("$.messages").isEmpty())
                .andExpect(jsonPath("$.history[-1].step").value("waits silently"));
    }

    @Test
    void badInputIsRefusedWithAReadableProblemAndChangesNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM contact_requests")
                .query(Long.class)
                .single();

        problem(call("POST", "/api/v1/requests", jonas, Map.of("message", "no recipient")), 400);
        problem(call("POST", "/api/v1/requests", jonas, "{\"recipient\": "), 400);
        problem(call("POST", "/api/v1/requests", jonas, "[1, 2]"), 400);
        problem(
                call("POST", "/api/v1/requests", jonas, Map.of("recipient", dana.id(), "message", "x".repeat(5001))),
                413);
        problem(call("POST", "/api/v1/requests", jonas, Map.of("recipient", jonas.id(), "message", "Hallo")), 422);
        problem(call("POST", "/api/v1/requests", jonas, Map.of("recipient", "m_nobody", "message", "Hallo")), 422);
        problem(call("POST", "/api/v1/requests", jonas, Map.of("recipient", 42, "message", List.of("x"))), 400);
        problem(call("POST", "/api/v1/requests", jonas, Map.of("recipient", dana.id(), "message", "Hallo\u0000")), 400);
        problem(call("POST", "/api/v1/requests", jonas, "null"), 400);
        problem(call("GET", "/api/v1/inbox?state=lost", dana, null), 400);
        problem(call("GET", "/api/v1/inbox?limit=many", dana, null), 400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_requests")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        String id = send(jonas, dana, VAGUE);
        problem(call("POST", "/api/v1/requests", jonas, Map.of("recipient", dana.id(), "message", VAGUE)), 409);
        problem(call("POST", "/api/v1/requests/" + id + "/messages", jonas, Map.of("body", " ")), 400);
        problem(call("POST", "/api/v1/requests/" + id + "/messages", jonas, Map.of("body", "y".repeat(5001))), 413);
        problem(call("POST", "/api/v1/requests/" + id + "/messages", jonas, Map.of("body", "a\u0000b")), 400);
        problem(call("POST", "/api/v1/requests/" + id + "/decision", dana, Map.of("action", "maybe")), 400);
        problem(call("POST", "/api/v1/requests/" + id + "/decision", dana, "{}"), 400);
        problem(call("POST", "/api/v1/tasks/task_unknown/done", dana, null), 404);
        problem(call("POST", "/api/v1/requests/" + id + "/decision", jonas, Map.of("action", "accept")), 403);
        assertThat(state(id, dana)).isEqualTo("awaiting_reply");
    }

    @Test
    void anOutsiderGets404ForEverythingAndChangesNothing() throws Exception {
        var carl = member("Carl Outsider", "en");
        String id = send(jonas, dana, VAGUE);

        problem(call("GET", "/api/v1/requests/" + id, carl, null), 404);
        problem(call("POST", "/api/v1/requests/" + id + "/decision", carl, Map.of("action", "accept")), 404);
        problem(call("POST", "/api/v1/requests/" + id + "/messages", carl, Map.of("body", "Hello")), 404);
        problem(call("GET", "/api/v1/requests/req_unknown", carl, null), 404);
        call("GET", "/api/v1/inbox", carl, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
        call("GET", "/api/v1/requests/" + id, null, null).andExpect(status().isUnauthorized());
        call("GET", "/api/v1/inbox", null, null).andExpect(status().isUnauthorized());
        assertThat(state(id, dana)).isEqualTo("awaiting_reply");
        assertThat(JsonPath.<List<?>>read(view(id, dana), "$.messages")).hasSize(1);
    }

    @Test
    void theInboxListsRequestsReceivedNewestFirstAndFiltersByState() throws Exception {
        var tim = member("Tim Kaiser", "de");
        String vague = send(jonas, dana, VAGUE);
        String sale = send(tim, dana, SALES);

        String inbox = call("GET", "/api/v1/inbox", dana, null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(inbox, "$[*].id")).containsExactly(sale, vague);
        call("GET", "/api/v1/inbox?state=declined", dana, null)
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(sale)));
    }

    @Test
    void theInboxFiltersByCategory() throws Exception {
        var tim = member("Tim Kaiser", "de");
        String vague = send(jonas, dana, VAGUE);
        String sale = send(tim, dana, SALES);

        call("GET", "/api/v1/inbox?category=sales_pitch", dana, null)
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(sale)))
                .andExpect(jsonPath("$[0].category").value("sales_pitch"));
        call("GET", "/api/v1/inbox?category=vague_pitch&state=awaiting_reply", dana, null)
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(vague)));
        call("GET", "/api/v1/inbox?category=concrete_need", dana, null)
                .andExpect(jsonPath("$").isEmpty());
        problem(call("GET", "/api/v1/inbox?category=spam", dana, null), 400);
    }

    @Test
    void webhooksAreSignedDeliveredOnceAndADeclineReachesOnlyTheRecipientsSide() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            String hook = "wh_test_" + System.nanoTime();
            jdbc.sql("INSERT INTO webhooks (id, url, secret, created_at) VALUES (?, ?, ?, ?)")
                    .params(hook, receiver.url(), "whsec_story", System.currentTimeMillis())
                    .update();
            try {
                var tim = member("Tim Kaiser", "de");
                String sale = send(tim, dana, SALES);
                String vague = send(jonas, dana, VAGUE);
                relay.deliverDue();
                // the background relay of this process may have claimed some of them first
                eventually(() -> undelivered(hook) == 0);

                var mine = receiver.deliveries().stream()
                        .filter(d -> d.body().contains(sale) || d.body().contains(vague))
                        .toList();
                assertThat(mine)
                        .allSatisfy(d -> assertThat(WebhookReceiver.signedWith(d, "whsec_story"))
                                .isTrue());
                assertThat(mine).extracting(WebhookReceiver.Delivery::eventId).doesNotHaveDuplicates();
                var aboutSale =
                        mine.stream().filter(d -> d.body().contains(sale)).toList();
                assertThat(aboutSale)
                        .extracting(WebhookReceiver.Delivery::type)
                        .containsExactlyInAnyOrder("request.received", "request.decided");
                assertThat(aboutSale).allSatisfy(d -> {
                    assertThat(d.body()).contains("\"audience\":\"recipient\"", "\"memberId\":\"" + dana.id() + "\"");
                });
                var question = mine.stream()
                        .filter(d -> d.type().equals("message.created"))
                        .toList();
                assertThat(question).hasSize(1);
                assertThat(question.getFirst().body())
                        .contains(
                                "\"audience\":\"both\"", "clarifying_question", "\"memberId\":\"" + jonas.id() + "\"");
            } finally {
                jdbc.sql("DELETE FROM outbox WHERE target = ?").param(hook).update();
                jdbc.sql("DELETE FROM webhooks WHERE id = ?").param(hook).update();
            }
        }
    }

    @Test
    void underAMeetTwicePolicyTheRequestIsAcceptedAfterTheSecondMeeting() throws Exception {
        var rita = member("Rita Sommer", "en");
        var sam = member("Sam Green", "en");
        call("PUT", "/api/v1/strategy", rita, Map.of("preset", "meet-twice")).andExpect(status().isOk());
        String id = send(sam, rita, "Hi Rita, I'd love to connect with you.");

        call("GET", "/api/v1/requests/" + id, rita, null)
                .andExpect(jsonPath("$.state").value("awaiting_meetings"))
                .andExpect(jsonPath("$.meetingsRequired").value(2))
                .andExpect(jsonPath("$.messages[0].kind").value("invitation"));
        assertThat((String) JsonPath.read(view(id, sam), "$.messages[0].body")).contains("twice");

        meet(rita, sam, Instant.now().minus(Duration.ofDays(14)));
        assertThat(state(id, rita)).as("one meeting is not enough").isEqualTo("awaiting_meetings");
        // Rita's policy counts the meetings Rita recorded (or events both attended), not what the requester claims.
        meet(rita, sam, Instant.now().minus(Duration.ofDays(7)));

        call("GET", "/api/v1/requests/" + id, rita, null)
                .andExpect(jsonPath("$.state").value("accepted"))
                .andExpect(jsonPath("$.decidedBy").value("system:meetings"));
        assertThat(state(id, sam)).isEqualTo("accepted");
        call("GET", "/api/v1/contacts", rita, null)
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(sam.id())))
                .andExpect(jsonPath("$[0].meetings").value(2));
    }

    @Test
    void theWholeStoryFromScreeningToSilentRemoval() throws Exception {
        var mia = member("Mia Brandt", "de");
        var tim = member("Tim Kaiser", "de");
        call("PUT", "/api/v1/strategy", dana, Map.of("preset", "default")).andExpect(status().isOk());

        String concrete = send(jonas, dana, CONCRETE);
        String vague = send(mia, dana, VAGUE);
        String sale = send(tim, dana, SALES);
        assertThat(state(concrete, dana)).isEqualTo("accepted");
        assertThat(state(vague, dana)).isEqualTo("awaiting_reply");
        assertThat(state(sale, dana)).isEqualTo("declined");
        assertThat(state(sale, tim)).isEqualTo("pending");

        call("POST", "/api/v1/requests/" + vague + "/messages", mia, Map.of("body", REPLY))
                .andExpect(status().isCreated());
        assertThat(state(vague, dana)).isEqualTo("in_dialog");
        call("POST", "/api/v1/requests/" + vague + "/decision", dana, Map.of("action", "accept"))
                .andExpect(status().isOk());

        String contacts = call("GET", "/api/v1/contacts", dana, null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(contacts, "$[*].id")).containsExactlyInAnyOrder(jonas.id(), mia.id());

        call("DELETE", "/api/v1/contacts/" + jonas.id(), dana, null).andExpect(status().isNoContent());

        assertThat(JsonPath.<List<String>>read(
                        call("GET", "/api/v1/contacts", dana, null)
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$[*].id"))
                .containsExactly(mia.id());
        assertThat(state(concrete, jonas))
                .as("the removed requester is not told")
                .isEqualTo("accepted");
        call("GET", "/api/v1/tasks", dana, null)
                .andExpect(jsonPath("$[0].contact.id").value(jonas.id()));
    }

    @Test
    void aFailedWebhookDeliveryIsRetriedLaterAndThenDeliveredOnce() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            String hook = "wh_retry_" + System.nanoTime();
            jdbc.sql("INSERT INTO webhooks (id, url, secret, created_at) VALUES (?, ?, ?, ?)")
                    .params(hook, receiver.url(), "whsec_retry", System.currentTimeMillis())
                    .update();
            try {
                receiver.failNext(1000);
                String id = send(member("Tim Kaiser", "de"), dana, SALES);
                relay.deliverDue();
                eventually(() -> jdbc.sql("SELECT COUNT(*) FROM outbox WHERE target = ? AND delivered_at IS NULL"
                                        + " AND attempts = 1 AND last_error = 'HTTP 500' AND due_at > ?")
                                .params(hook, System.currentTimeMillis())
                                .query(Long.class)
                                .single()
                        == 2);

                receiver.failNext(0);
                jdbc.sql("UPDATE outbox SET due_at = 0 WHERE target = ?")
                        .param(hook)
                        .update(); // the backoff passed
                relay.deliverDue();
                eventually(() -> undelivered(hook) == 0);

                assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE target = ? AND delivered_at IS NOT NULL"
                                        + " AND attempts = 2")
                                .param(hook)
                                .query(Long.class)
                                .single())
                        .isEqualTo(2);
                var attempts = receiver.deliveries().stream()
                        .filter(d -> d.body().contains(id))
                        .collect(java.util.stream.Collectors.groupingBy(
                                WebhookReceiver.Delivery::eventId, java.util.stream.Collectors.counting()));
                assertThat(attempts)
                        .hasSize(2)
                        .allSatisfy((event, count) -> assertThat(count).isEqualTo(2L));
                relay.deliverDue();
                assertThat(receiver.deliveries().stream().filter(d -> d.body().contains(id)))
                        .as("nothing is delivered again")
                        .hasSize(4);
            } finally {
                jdbc.sql("DELETE FROM outbox WHERE target = ?").param(hook).update();
                jdbc.sql("DELETE FROM webhooks WHERE id = ?").param(hook).update();
            }
        }
    }

    @Test
    void theRequestEndpointsAreDescribedInOpenApiForAnyone() throws Exception {
        String docs = call("GET", "/v3/api-docs", null, null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(JsonPath.<Map<String, Object>>read(docs, "$.paths"))
                .containsKeys(
                        "/api/v1/requests",
                        "/api/v1/requests/{id}",
                        "/api/v1/requests/{id}/messages",
                        "/api/v1/requests/{id}/decision",
                        "/api/v1/inbox",
                        "/api/v1/tasks");
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    /** A meeting in person, recorded by one of the two over the API. */
    private void meet(Registered member, Registered other, Instant at) throws Exception {
        call("POST", "/api/v1/meetings", member, Map.of("with", other.id(), "at", at.toString()))
                .andExpect(status().isCreated());
    }

    /**
     * Deliveries to the hook not yet made, and events not yet fanned out (the scheduled relay may hold some of them
     * while the test's own relay skips them, on PostgreSQL).
     */
    long undelivered(String hook) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE target = ? AND delivered_at IS NULL")
                        .param(hook)
                        .query(Long.class)
                        .single()
                + jdbc.sql("SELECT COUNT(*) FROM webhook_events WHERE fanned_out_at IS NULL")
                        .query(Long.class)
                        .single();
    }

    static void eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not so within 20 seconds");
            }
            Thread.sleep(50);
        }
    }

    private static void problem(ResultActions result, int status) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
