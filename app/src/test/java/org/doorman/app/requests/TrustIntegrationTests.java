package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Profile;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ways past a member's strategy that issue 10 closed, each tried as a requester would over the API: a declined
 * requester does not come back as known, a decline does not show (not even when probing with a second request), what
 * a requester writes after a decline never reaches the member, a silent removal stays silent, and self-declared
 * attendance makes nobody known.
 */
@IntegrationTest
abstract class TrustIntegrationTests {

    static final String VAGUE = "Hallo, ich sehe viele Synergien zwischen uns und würde mich gerne vernetzen, ein"
            + " Gewinn für beide Seiten.";
    static final String CONCRETE = "Guten Tag, in Ihrem Profil steht, dass Sie Existenzgründer beraten. Ich mache"
            + " mich im Januar als Fotograf selbständig und brauche jemanden für die Buchhaltung und die erste"
            + " Steuererklärung. Könnten wir nächste Woche telefonieren?";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    MemberRegistration registration;

    @Autowired
    OutboxRelay relay;

    Registered maria;

    @BeforeEach
    void members() {
        maria = adviser("Maria Berg");
    }

    Registered adviser(String name) {
        return new TestMembers(registration)
                .create(new NewMember(
                        TestMembers.uniqueHandle(name),
                        new Profile(
                                name,
                                "de",
                                "Steuerberaterin für Freiberufler",
                                "Ich berate Freiberufler und kleine Agenturen in Hamburg zu Steuern und Buchhaltung.",
                                List.of("Steuerberatung für Freiberufler", "Buchhaltung", "Existenzgründungsberatung"),
                                List.of(),
                                List.of(),
                                List.of(),
                                null,
                                null),
                        null));
    }

    Registered member(String name) {
        return new TestMembers(registration).create(NewMember.of(TestMembers.uniqueHandle(name), name, "de"));
    }

    MockHttpServletResponse call(String method, String path, String token, Object body) throws Exception {
        var request = switch (method) {
            case "GET" -> get(path);
            case "POST" -> post(path);
            case "PUT" -> put(path);
            case "DELETE" -> delete(path);
            default -> throw new IllegalArgumentException(method);
        };
        request.header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(token));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request.accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
    }

    MockHttpServletResponse send(Registered sender, Registered recipient, String message) throws Exception {
        return call(
                "POST", "/api/v1/requests", sender.token(), Map.of("recipient", recipient.id(), "message", message));
    }

    String sent(Registered sender, Registered recipient, String message) throws Exception {
        var response = send(sender, recipient, message);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return JsonPath.read(response.getContentAsString(), "$.id");
    }

    String field(String requestId, Registered who, String path) throws Exception {
        return JsonPath.read(
                call("GET", "/api/v1/requests/" + requestId, who.token(), null).getContentAsString(), path);
    }

    void decline(String requestId, Registered member) throws Exception {
        assertThat(call(
                                "POST",
                                "/api/v1/requests/" + requestId + "/decision",
                                member.token(),
                                Map.of("action", "decline"))
                        .getStatus())
                .isEqualTo(200);
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aRequesterDeclinedAfterAnsweringTheClarifyingQuestionIsNotKnownOnTheirNextRequest() throws Exception {
        var sam = member("Sam Sommer");
        String first = sent(sam, maria, VAGUE);
        assertThat(field(first, maria, "$.messages[0].kind")).isEqualTo("clarifying_question");
        call("POST", "/api/v1/requests/" + first + "/messages", sam.token(), Map.of("body", "Netzwerk erweitern."));
        decline(first, maria);
        // past the retry period, the new request is screened like any other: not as known
        moveDeclineBack(first, Duration.ofDays(181));

        String second = sent(sam, maria, "Hallo nochmal, gerne vernetzen!");

        assertThat(field(second, maria, "$.category")).isNotEqualTo("known");
        assertThat(field(second, maria, "$.state")).isNotEqualTo("accepted");
        assertThat(field(second, sam, "$.state")).isEqualTo("pending");
    }

    @Test
    void withinTheRetryPeriodANewRequestAfterADeclineAnswersExactlyAsWhileOneIsPendingAndStoresNothing()
            throws Exception {
        var pia = member("Pia Pending");
        var dan = member("Dan Declined");
        sent(pia, maria, VAGUE);
        String declined = sent(dan, maria, VAGUE);
        decline(declined, maria);
        long stored = count("SELECT COUNT(*) FROM contact_requests WHERE recipient_id = ?", maria.id());
        long events = count("SELECT COUNT(*) FROM webhook_events");

        var whilePending = send(pia, maria, "Noch einmal: gerne vernetzen.");
        var afterDecline = send(dan, maria, "Noch einmal: gerne vernetzen.");

        assertThat(afterDecline.getStatus()).isEqualTo(whilePending.getStatus()).isEqualTo(409);
        assertThat(afterDecline.getContentType()).isEqualTo(whilePending.getContentType());
        assertThat(tree(afterDecline)).isEqualTo(tree(whilePending));
        assertThat(count("SELECT COUNT(*) FROM contact_requests WHERE recipient_id = ?", maria.id()))
                .isEqualTo(stored);
        assertThat(count("SELECT COUNT(*) FROM webhook_events")).isEqualTo(events);
    }

    @Test
    void thePendingAndTheDeclinedRequestLookTheSameToTheRequesterFieldByField() throws Exception {
        // The same requester writes to two members with the same profile; one declines. Every answer the requester
        // gets, and every webhook for the requester's side, is compared with names, ids and times set aside.
        var anna = adviser("Anna Adler");
        var sam = member("Sam Sommer");
        try (var receiver = new WebhookReceiver()) {
            String hook = "wh_trust_" + System.nanoTime();
            jdbc.sql("INSERT INTO webhooks (id, url, secret, created_at) VALUES (?, ?, ?, ?)")
                    .params(hook, receiver.url(), "whsec_trust", System.currentTimeMillis())
                    .update();
            try {
                String pending = sent(sam, anna, VAGUE);
                String declined = sent(sam, maria, VAGUE);
                decline(declined, maria);

                var pendingWalk = walk(sam, anna, pending);
                var declinedWalk = walk(sam, maria, declined);

                assertThat(declinedWalk).hasSameSizeAs(pendingWalk);
                for (int i = 0; i < pendingWalk.size(); i++) {
                    assertThat(declinedWalk.get(i)).as("answer %d", i).isEqualTo(pendingWalk.get(i));
                }
                relay.deliverDue();
                // the scheduled relay may hold some events (SKIP LOCKED on PostgreSQL): wait until it fanned them out
                RequestLifecycleIntegrationTests.eventually(
                        () -> count("SELECT COUNT(*) FROM webhook_events WHERE fanned_out_at IS NULL") == 0
                                && count("SELECT COUNT(*) FROM outbox WHERE target = ? AND delivered_at IS NULL", hook)
                                        == 0);
                assertThat(requesterSide(receiver, declined, maria))
                        .isEqualTo(requesterSide(receiver, pending, anna))
                        .isNotEmpty();
            } finally {
                jdbc.sql("DELETE FROM outbox WHERE target = ?").param(hook).update();
                jdbc.sql("DELETE FROM webhooks WHERE id = ?").param(hook).update();
            }
        }
    }

    /** Every answer the requester gets while looking at and writing in the request, normalized for comparison. */
    private List<String> walk(Registered requester, Registered member, String requestId) throws Exception {
        var answers = new ArrayList<String>();
        var steps = List.<java.util.concurrent.Callable<MockHttpServletResponse>>of(
                () -> call("GET", "/api/v1/requests/" + requestId, requester.token(), null),
                () -> call(
                        "POST",
                        "/api/v1/requests/" + requestId + "/messages",
                        requester.token(),
                        Map.of("body", "Ich möchte mein Netzwerk erweitern.")),
                () -> call("GET", "/api/v1/requests/" + requestId, requester.token(), null),
                () -> call(
                        "POST",
                        "/api/v1/requests/" + requestId + "/messages",
                        requester.token(),
                        Map.of("body", "Haben Sie meine Nachricht gesehen?")),
                () -> call("GET", "/api/v1/requests/" + requestId, requester.token(), null),
                () -> send(requester, member, "Noch einmal: gerne vernetzen."),
                () -> call("GET", "/api/v1/contacts", requester.token(), null),
                () -> call("GET", "/api/v1/members/" + member.id(), requester.token(), null));
        for (var step : steps) {
            var response = step.call();
            answers.add(response.getStatus() + " " + response.getContentType() + " "
                    + normalized(response.getContentAsString(), requestId, member));
        }
        return answers;
    }

    /**
     * What the requester's side may be shown of the request's webhooks (audience {@code both} or {@code requester}):
     * each event's type and data. Whose inbox an event is routed to ({@code audience}, {@code memberId}) is for the
     * platform, not for the requester.
     */
    private List<String> requesterSide(WebhookReceiver receiver, String requestId, Registered member) {
        return receiver.deliveries().stream()
                .filter(d -> d.body().contains(requestId))
                .map(d -> json.readTree(d.body()))
                .filter(event -> !event.get("audience").asString().equals("recipient"))
                .map(event -> event.get("type").asString() + " "
                        + normalized(event.get("data").toString(), requestId, member))
                .sorted()
                .toList();
    }

    private static String normalized(String text, String requestId, Registered member) {
        String named = text.replaceAll("(maria-berg|anna-adler)-[0-9-]+", "<handle>");
        for (String name : List.of("Maria", "Anna", "Berg", "Adler")) {
            named = named.replace(name, "<name>");
        }
        return named.replace(requestId, "<request>")
                .replace(member.id(), "<member>")
                .replaceAll("(msg|evt)_[0-9a-zA-Z_]+", "<$1>")
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "<time>");
    }

    @Test
    void aDeclinedRequestersMessagesAreAcceptedButNeverShownOrAnnouncedToTheMember() throws Exception {
        var dan = member("Dan Declined");
        String id = sent(dan, maria, VAGUE);
        decline(id, maria);
        int shownBefore = JsonPath.<List<?>>read(
                        call("GET", "/api/v1/requests/" + id, maria.token(), null)
                                .getContentAsString(),
                        "$.messages")
                .size();

        var posted = call(
                "POST", "/api/v1/requests/" + id + "/messages", dan.token(), Map.of("body", "Bitte antworten Sie!"));

        assertThat(posted.getStatus()).isEqualTo(201);
        assertThat(call("GET", "/api/v1/requests/" + id, maria.token(), null).getContentAsString())
                .doesNotContain("Bitte antworten Sie!");
        assertThat(JsonPath.<List<?>>read(
                                call("GET", "/api/v1/requests/" + id, maria.token(), null)
                                        .getContentAsString(),
                                "$.messages")
                        .size())
                .isEqualTo(shownBefore);
        assertThat(call("GET", "/api/v1/requests/" + id, dan.token(), null).getContentAsString())
                .contains("Bitte antworten Sie!");
        assertThat(count(
                        "SELECT COUNT(*) FROM request_messages WHERE request_id = ? AND hidden = TRUE AND author_id = ?",
                        id,
                        dan.id()))
                .isEqualTo(1);
    }

    @Test
    void aSilentRemovalShowsNowhereAndTheRemovedPersonIsTreatedAsDeclined() throws Exception {
        var jonas = member("Jonas Weber");
        String accepted = sent(jonas, maria, CONCRETE);
        assertThat(field(accepted, maria, "$.state")).isEqualTo("accepted");
        // they met twice, as Maria recorded herself
        for (int days : new int[] {20, 10}) {
            call(
                    "POST",
                    "/api/v1/meetings",
                    maria.token(),
                    Map.of(
                            "with",
                            jonas.id(),
                            "at",
                            Instant.now().minus(Duration.ofDays(days)).toString()));
        }
        String before = call("GET", "/api/v1/contacts", jonas.token(), null).getContentAsString();

        assertThat(call("DELETE", "/api/v1/contacts/" + jonas.id(), maria.token(), null)
                        .getStatus())
                .isEqualTo(204);

        // Jonas sees nothing: his contact list, the request and a request to Maria answer as before
        assertThat(call("GET", "/api/v1/contacts", jonas.token(), null).getContentAsString())
                .contains(maria.id());
        assertThat(JsonPath.<List<String>>read(before, "$[*].id")).contains(maria.id());
        assertThat(field(accepted, jonas, "$.state")).isEqualTo("accepted");
        var again = send(jonas, maria, CONCRETE);
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).doesNotContain("remov");
        // what he writes in the old request reaches Maria no more
        assertThat(call(
                                "POST",
                                "/api/v1/requests/" + accepted + "/messages",
                                jonas.token(),
                                Map.of("body", "Wie geht es Ihnen?"))
                        .getStatus())
                .isEqualTo(201);
        assertThat(call("GET", "/api/v1/requests/" + accepted, maria.token(), null)
                        .getContentAsString())
                .doesNotContain("Wie geht es Ihnen?");
        assertThat(call("GET", "/api/v1/contacts", maria.token(), null).getContentAsString())
                .doesNotContain(jonas.id());

        // once Jonas took Maria out of his own list, his next request answers as while one is pending
        call("DELETE", "/api/v1/contacts/" + maria.id(), jonas.token(), null);
        var pia = member("Pia Pending");
        sent(pia, maria, VAGUE);
        assertThat(tree(send(jonas, maria, VAGUE))).isEqualTo(tree(send(pia, maria, VAGUE)));

        // after the retry period he is screened like anyone, and the meetings before the removal do not make him known
        jdbc.sql("UPDATE contact_removals SET removed_at = ? WHERE member_id = ? AND removed_id = ?")
                .params(Instant.now().minus(Duration.ofDays(181)).toEpochMilli(), maria.id(), jonas.id())
                .update();
        jdbc.sql("UPDATE meetings SET met_at = ? WHERE member_id = ? AND other_id = ?")
                .params(Instant.now().minus(Duration.ofDays(200)).toEpochMilli(), maria.id(), jonas.id())
                .update();
        String next = sent(jonas, maria, VAGUE);
        assertThat(field(next, maria, "$.category")).isNotEqualTo("known");
    }

    @Test
    void attendanceCountsOnlyWhenMarkedDuringAnOfficialEventOrConfirmedByTheOrganiser() throws Exception {
        var eve = member("Eve Event");
        var rita = member("Rita Runde");
        Instant now = Instant.now();
        String ended = event(
                now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(5)).plus(Duration.ofHours(3)), true);
        String running = event(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)), true);
        String unofficial = event(now.minus(Duration.ofHours(1)), null, false);

        assertThat(attend(ended, eve)).isEqualTo(409);
        assertThat(attend(ended, maria)).isEqualTo(409);
        assertThat(attend(unofficial, eve)).isEqualTo(201);
        assertThat(attend(unofficial, maria)).isEqualTo(201);
        assertThat(recognized(maria, eve))
                .as("an unofficial event is no meeting")
                .isZero();

        assertThat(attend(running, eve)).isEqualTo(201);
        assertThat(attend(running, maria)).isEqualTo(201);
        assertThat(attend(running, rita)).isEqualTo(201);
        assertThat(recognized(maria, eve)).isEqualTo(1);

        // a strategy that asks for confirmed attendance counts only what the organiser confirmed
        var strategy = call(
                "PUT",
                "/api/v1/strategy",
                maria.token(),
                Map.of("preset", "meet-twice", "confirmedAttendanceOnly", true));
        assertThat(strategy.getStatus()).isEqualTo(200);
        assertThat(strategy.getContentAsString()).contains("\"confirmedAttendanceOnly\":true");
        assertThat(recognized(maria, eve)).isZero();
        assertThat(call(
                                "PUT",
                                "/api/v1/events/" + running + "/attendance",
                                maria.token(),
                                Map.of("members", List.of(maria.id(), eve.id())))
                        .getStatus())
                .as("only the operator confirms")
                .isEqualTo(403);
        assertThat(call(
                                "PUT",
                                "/api/v1/events/" + running + "/attendance",
                                TestMembers.ADMIN_TOKEN,
                                Map.of("members", List.of(maria.id(), eve.id())))
                        .getStatus())
                .isEqualTo(200);
        assertThat(recognized(maria, eve)).isEqualTo(1);
        assertThat(recognized(maria, rita))
                .as("attendance the organiser did not confirm")
                .isZero();
    }

    @Autowired
    org.doorman.app.senders.ScreeningFacts facts;

    private int recognized(Registered member, Registered other) {
        return facts.meetingsRecognized(member.memberId(), other.memberId());
    }

    private int attend(String event, Registered who) throws Exception {
        return call("POST", "/api/v1/events/" + event + "/attendance", who.token(), null)
                .getStatus();
    }

    private String event(Instant startsAt, Instant endsAt, boolean official) throws Exception {
        var body = new java.util.HashMap<String, Object>(
                Map.of("title", "Netzwerkabend", "startsAt", startsAt.toString(), "location", "Hamburg"));
        body.put("official", official);
        if (endsAt != null) {
            body.put("endsAt", endsAt.toString());
        }
        var response = call("POST", "/api/v1/events", TestMembers.ADMIN_TOKEN, body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return JsonPath.read(response.getContentAsString(), "$.id");
    }

    private void moveDeclineBack(String requestId, Duration by) {
        jdbc.sql("UPDATE contact_requests SET decided_at = decided_at - ? WHERE id = ?")
                .params(by.toMillis(), requestId)
                .update();
    }

    private JsonNode tree(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}
