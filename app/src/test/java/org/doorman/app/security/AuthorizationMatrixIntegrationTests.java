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
        var owner = members.create("Olga Owner", "de");
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
                new Row(HttpMethod.GET, "/api/v1/operator/collectors", null, forbidden, forbidden, ok));
        ROWS_SEEN.clear();
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
            java.util.Map.entry("POST /api/v1/blocks", "ReportsAndBlocksIntegrationTests"),
            java.util.Map.entry("DELETE /api/v1/blocks/{memberId}", "ReportsAndBlocksIntegrationTests"),
            java.util.Map.entry("POST /api/v1/contacts/questions/{questionId}/answer", "MemberAppApiIntegrationTests"),
            java.util.Map.entry("POST /api/v1/contacts/{memberId}/motive-question", "MemberAppApiIntegrationTests"),
            java.util.Map.entry(
                    "GET /api/v1/digest/unsubscribe", "DigestMailOnSqliteIntegrationTests: signed link, no token"),
            java.util.Map.entry(
                    "POST /api/v1/digest/unsubscribe", "DigestMailOnSqliteIntegrationTests: signed link, no token"),
            java.util.Map.entry(
                    "POST /api/v1/events/{eventId}/attendance", "MeetingsIntegrationTests and TrustIntegrationTests"),
            java.util.Map.entry("PUT /api/v1/me", "MemberAppApiIntegrationTests"),
            java.util.Map.entry("DELETE /api/v1/me", "PrivacyIntegrationTests"),
            java.util.Map.entry("PUT /api/v1/me/digest", "DigestSettingsIntegrationTests"),
            java.util.Map.entry("GET /api/v1/me/export", "PrivacyIntegrationTests"),
            java.util.Map.entry("POST /api/v1/meetings", "MeetingsIntegrationTests"),
            java.util.Map.entry("DELETE /api/v1/members/{id}", "PrivacyIntegrationTests: operator erasure"),
            java.util.Map.entry("POST /api/v1/operator/senders/{id}/{action}", "CollectorsIntegrationTests"),
            java.util.Map.entry("POST /api/v1/requests", "RequestLifecycle and SenderLimits integration tests"),
            java.util.Map.entry("POST /api/v1/requests/coach", "MemberAppApiIntegrationTests"),
            java.util.Map.entry("POST /api/v1/requests/{id}/report", "ReportsAndBlocksIntegrationTests"),
            java.util.Map.entry("POST /api/v1/strategy/try", "MemberAppApiIntegrationTests"),
            java.util.Map.entry("POST /api/v1/tasks/{id}/done", "RequestLifecycleIntegrationTests"),
            java.util.Map.entry("PUT /api/v1/templates", "HostileInputIntegrationTests"),
            java.util.Map.entry("POST /api/v1/tokens", "TokensIntegrationTests"),
            java.util.Map.entry("DELETE /api/v1/webhooks/{id}", "WebhooksIntegrationTests"),
            java.util.Map.entry("POST /api/v1/webhooks/{id}/secret", "WebhooksIntegrationTests"));

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointHasARowOrATestOfItsOwn() throws Exception {
        onlyTheIntendedCallersSucceedAndAnotherMembersResourceIsNotFound();
        var missing = new ArrayList<String>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    String endpoint = method + " " + pattern;
                    var regex =
                            java.util.regex.Pattern.compile(method + " " + pattern.replaceAll("\\{[^/]+}", "[^/]+"));
                    boolean inMatrix = ROWS_SEEN.stream()
                            .anyMatch(row -> regex.matcher(row).matches());
                    if (!inMatrix && !TESTED_ELSEWHERE.containsKey(endpoint)) {
                        missing.add(endpoint);
                    }
                }
            }
        }
        assertThat(missing)
                .as("endpoints with neither a row nor a test of their own")
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
