package org.doorman.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.HostileInputs;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The hostile-input corpus against the main API endpoints (the web forms: {@code HostileFormsIntegrationTests}): every answer is below 500, a refusal
 * is an {@code application/problem+json} that names no SQL, class or stack frame, a refusal stores nothing (the rows of
 * every table are counted before and after), and the service answers health afterwards.
 */
@IntegrationTest
abstract class HostileInputIntegrationTests {

    private static final List<String> TABLES = List.of(
            "members",
            "credentials",
            "api_tokens",
            "strategies",
            "message_templates",
            "contact_requests",
            "request_signals",
            "request_messages",
            "events",
            "event_attendance",
            "meetings",
            "contacts",
            "contact_removals",
            "profile_visits",
            "follow_up_tasks",
            "webhooks");
    private static final List<String> LEAKS = List.of(
            "Exception",
            "SQLITE",
            "SQLState",
            "org.postgresql",
            "java.",
            "org.springframework",
            "tools.jackson",
            "\tat ",
            "BadSqlGrammar",
            "syntax error at");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberRegistration registration;

    private final List<String> problems = new ArrayList<>();
    private int tried;

    /** One endpoint: how to call it, who calls it, and a valid body whose fields are replaced one at a time. */
    record Endpoint(HttpMethod method, Supplier<String> path, Supplier<String> token, Map<String, String> valid) {}

    Registered member(String name) {
        return new TestMembers(registration).create(NewMember.of(TestMembers.uniqueHandle(name), name, "de"));
    }

    @Test
    void theCorpusGetsNoServerErrorNoLeakAndChangesNothingWhenRefused() throws Exception {
        var maria = member("Maria Berg");
        var sam = member("Sam Sommer");
        String request = JsonPath.read(
                call(HttpMethod.POST, "/api/v1/requests", sam.token(), """
                                {"recipient": "%s", "message": "Hallo, gerne vernetzen!"}""".formatted(maria.id()))
                        .getContentAsString(),
                "$.id");
        String event = JsonPath.read(
                call(HttpMethod.POST, "/api/v1/events", TestMembers.ADMIN_TOKEN, """
                                {"title": "Abend", "startsAt": "2026-01-01T18:00:00Z", "official": true}""")
                        .getContentAsString(),
                "$.id");
        Supplier<String> freshRequester = () -> member("Rita Requester").token();
        var endpoints = List.of(
                new Endpoint(
                        HttpMethod.POST,
                        () -> "/api/v1/requests",
                        freshRequester,
                        Map.of("recipient", q(maria.id()), "message", q("Hallo, gerne vernetzen!"))),
                new Endpoint(
                        HttpMethod.POST,
                        () -> "/api/v1/requests/" + request + "/messages",
                        sam::token,
                        Map.of("body", q("Eine Nachricht."))),
                new Endpoint(
                        HttpMethod.POST,
                        () -> "/api/v1/requests/" + request + "/decision",
                        maria::token,
                        Map.of("action", q("review"))),
                new Endpoint(
                        HttpMethod.PUT,
                        () -> "/api/v1/strategy",
                        maria::token,
                        Map.of("rules", "[{\"id\": \"r\", \"action\": \"review\"}]", "name", q("Meine"))),
                new Endpoint(
                        HttpMethod.PUT,
                        () -> "/api/v1/templates",
                        maria::token,
                        Map.of(
                                "templates",
                                "[{\"purpose\": \"clarify_empty\", \"language\": \"de\", \"body\": \"\"}]")),
                new Endpoint(
                        HttpMethod.POST,
                        () -> "/api/v1/meetings",
                        maria::token,
                        Map.of("with", q("m_nobody"), "at", q("2026-01-01T18:00:00Z"), "eventId", q(event))),
                new Endpoint(
                        HttpMethod.POST,
                        () -> "/api/v1/events",
                        () -> TestMembers.ADMIN_TOKEN,
                        Map.of("title", q("Abend"), "startsAt", q("2000-01-01T18:00:00Z"), "location", q("Hamburg"))),
                new Endpoint(
                        HttpMethod.PUT,
                        () -> "/api/v1/events/" + event + "/attendance",
                        () -> TestMembers.ADMIN_TOKEN,
                        Map.of("members", "[\"m_nobody\"]")),
                new Endpoint(
                        HttpMethod.POST,
                        () -> "/api/v1/members",
                        () -> TestMembers.ADMIN_TOKEN,
                        Map.of("handle", q("h"), "name", q("N"), "language", q("xx"), "offers", "[]")),
                new Endpoint(
                        HttpMethod.POST,
                        () -> "/api/v1/tokens",
                        freshRequester,
                        Map.of("name", q("Skript"), "expiresAt", q("2001-01-01T00:00:00Z"))),
                new Endpoint(
                        HttpMethod.POST,
                        () -> "/api/v1/webhooks",
                        () -> TestMembers.ADMIN_TOKEN,
                        Map.of("url", q("ftp://nowhere"))));

        var values = new ArrayList<>(HostileInputs.values());
        values.addAll(HostileInputs.generated(20261206L, 25));
        for (var endpoint : endpoints) {
            for (byte[] body : HostileInputs.bodies()) {
                check(endpoint.method(), endpoint.path().get(), endpoint.token().get(), body);
            }
            for (String field : endpoint.valid().keySet()) {
                for (String value : values) {
                    var fields = new LinkedHashMap<>(endpoint.valid());
                    fields.put(field, value);
                    check(
                            endpoint.method(),
                            endpoint.path().get(),
                            endpoint.token().get(),
                            json(fields));
                }
            }
        }
        for (String id : HostileInputs.generated(7L, 30).stream()
                .map(v -> v.substring(1, v.length() - 1))
                .toList()) {
            String path = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
            for (String prefix : List.of("/api/v1/requests/", "/api/v1/members/", "/api/v1/events/")) {
                check(HttpMethod.GET, prefix + path, sam.token(), null);
            }
            check(HttpMethod.DELETE, "/api/v1/contacts/" + path, sam.token(), null);
            check(HttpMethod.DELETE, "/api/v1/tokens/" + path, sam.token(), null);
            check(HttpMethod.POST, "/api/v1/tasks/" + path + "/done", sam.token(), null);
            check(HttpMethod.GET, "/api/v1/inbox?state=" + path + "&limit=" + path, sam.token(), null);
        }

        assertThat(problems).as("%d hostile inputs tried", tried).isEmpty();
        assertThat(tried).isGreaterThan(500);
        assertThat(mvc.perform(get("/actuator/health"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        jdbc.sql("DELETE FROM webhooks WHERE url NOT LIKE 'http://127.0.0.1%' AND url NOT LIKE 'http://localhost%'")
                .update();
    }

    private void check(HttpMethod method, String path, String token, Object body) throws Exception {
        var before = rows();
        var response = call(method, path, token, body);
        tried++;
        String what = method + " " + abbreviated(path) + " with "
                + abbreviated(String.valueOf(
                        body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body));
        int status = response.getStatus();
        String answer = response.getContentAsString();
        if (status >= 500) {
            problems.add(what + " answered " + status + ": " + abbreviated(answer));
            return;
        }
        if (status < 400) {
            return;
        }
        if (!String.valueOf(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
            problems.add(what + " answered " + status + " as " + response.getContentType());
        }
        for (String leak : LEAKS) {
            if (answer.contains(leak)) {
                problems.add(what + " leaks '" + leak + "': " + abbreviated(answer));
            }
        }
        var after = rows();
        if (!after.equals(before)) {
            problems.add(what + " answered " + status + " but changed rows: " + before + " -> " + after);
        }
    }

    private MockHttpServletResponse call(HttpMethod method, String path, String token, Object body) throws Exception {
        var request =
                request(method, java.net.URI.create(path)).header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(token));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .content(body instanceof byte[] bytes ? bytes : ((String) body).getBytes(StandardCharsets.UTF_8));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private Map<String, Long> rows() {
        var counts = new LinkedHashMap<String, Long>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private static String json(Map<String, String> fields) {
        var json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? ", " : "")
                .append(q(name))
                .append(": ")
                .append(value));
        return json.append('}').toString();
    }

    private static String q(String text) {
        return HostileInputs.quoted(text);
    }

    private static String abbreviated(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "..." : clean;
    }
}
