package org.doorman.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every API endpoint × {the owner, another member, no credentials, the operator, a revoked token}: only the intended
 * combinations succeed, another member's resource answers 404 as if it did not exist, a missing or revoked token 401,
 * and a caller without the role 403.
 */
@IntegrationTest
abstract class AuthorizationMatrixIntegrationTests {

    /** Who calls. */
    enum Caller {
        OWNER,
        OTHER_MEMBER,
        NOBODY,
        OPERATOR,
        REVOKED
    }

    /** What an endpoint answers each caller: a status class such as 2 (2xx), or an exact status. */
    record Row(HttpMethod method, String path, String body, int owner, int other, int operator) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Test
    void onlyTheIntendedCallersSucceedAndAnotherMembersResourceIsNotFound() throws Exception {
        var members = new TestMembers(registration);
        var owner = PageMatrix.ownerWithAProfile(members);
        var other = members.create("Otto Other", "de");
        var sender = members.create("Sam Sender", "de");
        String revoked = revokedTokenOf(owner);
        // the owner's resources: a request they received, a contact, a token, an event, a hook
        String request = JsonPath.read(
                call(HttpMethod.POST, "/api/v1/requests", sender.token(), """
                                {"recipient": "%s", "message": "Hallo, gerne vernetzen."}""".formatted(owner.id()))
                        .getContentAsString(),
                "$.id");
        String token = JsonPath.read(
                call(HttpMethod.POST, "/api/v1/tokens", owner.token(), "{\"name\": \"x\"}")
                        .getContentAsString(),
                "$.id");
        String event = JsonPath.read(
                call(HttpMethod.POST, "/api/v1/events", TestMembers.ADMIN_TOKEN, """
                                {"title": "Abend", "startsAt": "2000-01-01T18:00:00Z", "official": true}""")
                        .getContentAsString(),
                "$.id");

        // a contact with a follow-up task, who put a motive question to the owner; a request to report; a hook
        var contact = members.create("Carl Contact", "de");
        call(HttpMethod.POST, "/api/v1/requests", contact.token(), """
                {"recipient": "%s", "message": "%s"}""".formatted(owner.id(), PageMatrix.CONCRETE));
        String task = JsonPath.read(
                call(HttpMethod.GET, "/api/v1/tasks", owner.token(), null).getContentAsString(), "$[0].id");
        String question = JsonPath.read(
                call(HttpMethod.POST, "/api/v1/contacts/" + owner.id() + "/motive-question", contact.token(), null)
                        .getContentAsString(),
                "$.id");
        String toReport = JsonPath.read(
                call(
                                HttpMethod.POST,
                                "/api/v1/requests",
                                members.create("Rolf Report", "de").token(),
                                """
                                {"recipient": "%s", "message": "Hallo, gerne vernetzen."}""".formatted(owner.id()))
                        .getContentAsString(),
                "$.id");
        String hook = JsonPath.read(
                call(HttpMethod.POST, "/api/v1/webhooks", TestMembers.ADMIN_TOKEN, """
                                {"url": "http://127.0.0.1:9/matrix"}""")
                        .getContentAsString(),
                "$.id");
        var doomed = members.create("Doris Doomed", "de");
        String ongoing = JsonPath.read(
                call(HttpMethod.POST, "/api/v1/events", TestMembers.ADMIN_TOKEN, """
                                {"title": "Jetzt", "startsAt": "%s", "official": true}""".formatted(
                                        java.time.Instant.now().minusSeconds(3600)))
                        .getContentAsString(),
                "$.id");

        int ok = 2;
        int forbidden = 403;
        int notFound = 404;
        var rows = List.of(
                new Row(HttpMethod.GET, "/api/v1/strategy", null, ok, ok, forbidden),
                new Row(HttpMethod.PUT, "/api/v1/strategy", "{\"preset\": \"default\"}", ok, ok, forbidden),
                new Row(HttpMethod.GET, "/api/v1/templates", null, ok, ok, forbidden),
                new Row(HttpMethod.GET, "/api/v1/inbox", null, ok, ok, forbidden),
                new Row(HttpMethod.GET, "/api/v1/contacts", null, ok, ok, forbidden),
                new Row(HttpMethod.GET, "/api/v1/tasks", null, ok, ok, forbidden),
                new Row(HttpMethod.GET, "/api/v1/tokens", null, ok, ok, forbidden),
                new Row(HttpMethod.GET, "/api/v1/events", null, ok, ok, forbidden),
                new Row(HttpMethod.GET, "/api/v1/members/" + sender.id(), null, ok, ok, forbidden),
                new Row(HttpMethod.GET, "/api/v1/requests/" + request, null, ok, notFound, forbidden),
                new Row(
                        HttpMethod.POST,
                        "/api/v1/requests/" + request + "/messages",
                        "{\"body\": \"Worum geht es?\"}",
                        ok,
                        notFound,
                        forbidden),
                new Row(
                        HttpMethod.POST,
                        "/api/v1/requests/" + request + "/decision",
                        "{\"action\": \"accept\"}",
                        ok,
                        notFound,
                        forbidden),
                new Row(HttpMethod.DELETE, "/api/v1/contacts/" + sender.id(), null, ok, notFound, forbidden),
                new Row(HttpMethod.DELETE, "/api/v1/tokens/" + token, null, ok, notFound, forbidden),
                new Row(HttpMethod.POST, "/api/v1/members", "{}", forbidden, forbidden, 400),
                new Row(HttpMethod.POST, "/api/v1/events", "{}", forbidden, forbidden, 400),
                new Row(
                        HttpMethod.PUT,
                        "/api/v1/events/" + event + "/attendance",
                        "{\"members\": []}",
                        forbidden,
                        forbidden,
                        ok),
                new Row(HttpMethod.GET, "/api/v1/webhooks", null, forbidden, forbidden, ok),
                new Row(HttpMethod.POST, "/api/v1/webhooks", "{}", forbidden, forbidden, 400),
                new Row(HttpMethod.GET, "/api/v1/senders", null, forbidden, forbidden, ok),
                new Row(HttpMethod.GET, "/api/v1/senders/" + sender.id() + "/record", null, forbidden, forbidden, ok),
                new Row(HttpMethod.GET, "/api/v1/blocks", null, ok, ok, forbidden),
                new Row(HttpMethod.GET, "/api/v1/contacts/dormant", null, ok, ok, forbidden),
                new Row(HttpMethod.GET, "/api/v1/me", null, ok, ok, forbidden),
                new Row(HttpMethod.GET, "/api/v1/me/digest", null, ok, ok, forbidden),
                new Row(HttpMethod.GET, "/api/v1/imports/linkedin", null, notFound, notFound, forbidden),
                new Row(HttpMethod.GET, "/api/v1/events/" + event, null, ok, ok, forbidden),
                new Row(HttpMethod.GET, "/api/v1/operator/collectors", null, forbidden, forbidden, ok),
                new Row(HttpMethod.GET, "/api/v1/me/export", null, ok, ok, forbidden),
                new Row(
                        HttpMethod.PUT,
                        "/api/v1/me",
                        "{\"name\": \"Dana Berg\", \"language\": \"de\"}",
                        ok,
                        ok,
                        forbidden),
                new Row(
                        HttpMethod.PUT,
                        "/api/v1/me/digest",
                        "{\"frequency\": \"weekly\", \"time\": \"06:45\", \"timeZone\": \"Europe/Berlin\","
                                + " \"day\": \"monday\"}",
                        ok,
                        ok,
                        forbidden),
                new Row(
                        HttpMethod.PUT,
                        "/api/v1/templates",
                        "{\"templates\": [{\"purpose\": \"clarify_empty\", \"language\": \"de\", \"body\":"
                                + " \"Worum geht es?\"}]}",
                        ok,
                        ok,
                        forbidden),
                new Row(HttpMethod.POST, "/api/v1/tokens", "{\"name\": \"y\"}", ok, ok, forbidden),
                new Row(HttpMethod.POST, "/api/v1/strategy/try", "{\"message\": \"Hallo!\"}", ok, ok, forbidden),
                new Row(
                        HttpMethod.POST,
                        "/api/v1/requests/coach",
                        "{\"recipient\": \"%s\", \"message\": \"Hallo!\"}".formatted(sender.id()),
                        ok,
                        ok,
                        forbidden),
                new Row(
                        HttpMethod.POST,
                        "/api/v1/requests",
                        "{\"recipient\": \"%s\", \"message\": \"Hallo Sam, gerne.\"}".formatted(sender.id()),
                        ok,
                        ok,
                        forbidden),
                new Row(
                        HttpMethod.POST,
                        "/api/v1/meetings",
                        "{\"with\": \"%s\", \"at\": \"2026-01-01T18:00:00Z\"}".formatted(contact.id()),
                        ok,
                        ok,
                        forbidden),
                new Row(HttpMethod.POST, "/api/v1/events/" + ongoing + "/attendance", null, ok, ok, forbidden),
                new Row(
                        HttpMethod.POST,
                        "/api/v1/requests/" + toReport + "/report",
                        "{\"reason\": \"spam\"}",
                        ok,
                        notFound,
                        forbidden),
                new Row(HttpMethod.POST, "/api/v1/tasks/" + task + "/done", null, ok, notFound, forbidden),
                new Row(
                        HttpMethod.POST,
                        "/api/v1/contacts/questions/" + question + "/answer",
                        "{\"answer\": \"Von der Messe.\"}",
                        ok,
                        notFound,
                        forbidden),
                new Row(
                        HttpMethod.POST,
                        "/api/v1/contacts/" + contact.id() + "/motive-question",
                        null,
                        ok,
                        notFound,
                        forbidden),
                new Row(
                        HttpMethod.POST,
                        "/api/v1/blocks",
                        "{\"memberId\": \"%s\"}".formatted(doomed.id()),
                        ok,
                        ok,
                        forbidden),
                new Row(HttpMethod.DELETE, "/api/v1/blocks/" + doomed.id(), null, ok, ok, forbidden),
                new Row(
                        HttpMethod.POST,
                        "/api/v1/operator/senders/" + sender.id() + "/warn",
                        "{\"reason\": \"Sammelt.\"}",
                        forbidden,
                        forbidden,
                        ok),
                new Row(HttpMethod.POST, "/api/v1/webhooks/" + hook + "/secret", null, forbidden, forbidden, ok),
                new Row(HttpMethod.DELETE, "/api/v1/webhooks/" + hook, null, forbidden, forbidden, ok),
                new Row(HttpMethod.DELETE, "/api/v1/members/" + doomed.id(), null, forbidden, forbidden, ok));
        rows.forEach(row -> ROWS_SEEN.add(row.method() + " " + row.path()));

        var wrong = new ArrayList<String>();
        for (var row : rows) {
            // the owner goes last: their call may change the resource (decide, remove, revoke)
            for (var caller :
                    List.of(Caller.OTHER_MEMBER, Caller.NOBODY, Caller.OPERATOR, Caller.REVOKED, Caller.OWNER)) {
                String bearer = switch (caller) {
                    case OWNER -> owner.token();
                    case OTHER_MEMBER -> other.token();
                    case NOBODY -> null;
                    case OPERATOR -> TestMembers.ADMIN_TOKEN;
                    case REVOKED -> revoked;
                };
                int expected = switch (caller) {
                    case OWNER -> row.owner();
                    case OTHER_MEMBER -> row.other();
                    case OPERATOR -> row.operator();
                    case NOBODY, REVOKED -> 401;
                };
                var response = call(row.method(), row.path(), bearer, row.body());
                int status = response.getStatus();
                boolean matches = expected < 10 ? status / 100 == expected : status == expected;
                if (!matches) {
                    wrong.add(row.method() + " " + row.path() + " as " + caller + ": " + status + ", expected "
                            + (expected < 10 ? expected + "xx" : expected));
                }
                if (status >= 400
                        && !String.valueOf(response.getContentType())
                                .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                    wrong.add(row.method() + " " + row.path() + " as " + caller + ": " + status + " is no problem");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The rows of the matrix as last run, for the coverage check. */
    static final java.util.Set<String> ROWS_SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Endpoints whose callers are proven by tests of their own rather than by a row here: each names the test. A new
     * endpoint needs a row or an entry, or the coverage check below fails.
     */
    static final java.util.Map<String, String> TESTED_ELSEWHERE = java.util.Map.ofEntries(
            // its callers are whoever holds the signed link from the digest mail, not a member or a token
            java.util.Map.entry(
                    "GET /api/v1/digest/unsubscribe", "DigestMailOnSqliteIntegrationTests: signed link, no token"),
            java.util.Map.entry(
                    "POST /api/v1/digest/unsubscribe", "DigestMailOnSqliteIntegrationTests: signed link, no token"),
            // it erases the caller: in a row, another member and the operator would erase themselves
            java.util.Map.entry("DELETE /api/v1/me", "PrivacyIntegrationTests"));

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    @Autowired
    TestMembers members;

    @Autowired
    org.doorman.app.members.MemberCredentials credentials;

    @Test
    void everyPageAnswersOnlyItsIntendedCallersAndSendsTheOthersToSignIn() throws Exception {
        var wrong = new PageMatrix(mvc, members, credentials).run(ROWS_SEEN);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyEndpointAndPageHasARowOrATestOfItsOwn() throws Exception {
        ROWS_SEEN.clear();
        onlyTheIntendedCallersSucceedAndAnotherMembersResourceIsNotFound();
        new PageMatrix(mvc, members, credentials).run(ROWS_SEEN);
        var endpoints = new java.util.TreeSet<String>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                for (var method : info.getMethodsCondition().getMethods()) {
                    endpoints.add(method + " " + pattern);
                }
            }
        }
        var missing = new ArrayList<String>();
        for (String endpoint : endpoints) {
            // a row covers the endpoint it names literally, else every pattern it matches
            var regex = java.util.regex.Pattern.compile(endpoint.replaceAll("\\{[^/]+}", "[^/]+"));
            boolean inMatrix = ROWS_SEEN.stream()
                    .anyMatch(row -> row.equals(endpoint)
                            || (!endpoints.contains(row) && regex.matcher(row).matches()));
            if (!inMatrix && !TESTED_ELSEWHERE.containsKey(endpoint)) {
                missing.add(endpoint);
            }
        }
        assertThat(missing)
                .as("endpoints and pages with neither a row nor a test of their own")
                .isEmpty();
    }

    private String revokedTokenOf(Registered member) throws Exception {
        String created = call(HttpMethod.POST, "/api/v1/tokens", member.token(), "{\"name\": \"alt\"}")
                .getContentAsString();
        call(HttpMethod.DELETE, "/api/v1/tokens/" + JsonPath.read(created, "$.id"), member.token(), null);
        return JsonPath.read(created, "$.token");
    }

    private org.springframework.mock.web.MockHttpServletResponse call(
            HttpMethod method, String path, String token, String body) throws Exception {
        var request = request(method, path);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(token));
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
