package org.doorman.app.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.doorman.app.members.MemberCredentials;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriUtils;

/**
 * An id that cannot be one (blank, longer than the id columns) is answered exactly as an id nobody has, wherever a
 * caller sends one to the capabilities around the request lifecycle: the same status, the same kind of answer, never
 * a 500 or a 400 where an unknown id is a 404. (A NUL is refused before, in one place, see {@code NulCharacters}.)
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ImplausibleIdsIntegrationTests {

    /** Plausible, and nobody's: what an unknown id answers today. */
    private static final String UNKNOWN = "zz_nobody";

    private static final List<String> OVERLONG = List.of("x".repeat(41), "m_" + "9".repeat(500));

    /** In a path; in a body, a blank id means none was given, which is refused (or ignored) as such. */
    private static final List<String> IMPLAUSIBLE =
            Stream.concat(Stream.of(" "), OVERLONG.stream()).toList();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    MemberCredentials credentials;

    Registered dana;
    Registered eva;
    MockHttpSession session;
    MockHttpSession operatorSession;
    String eventId;

    // Every call names an id nobody has, so nothing changes: one set of members for all of them.
    @BeforeAll
    void setUp() throws Exception {
        dana = members.create("Dana Berg", "de");
        eva = members.create("Eva Schulz", "de");
        session = signIn(dana.handle());
        operatorSession = signIn(members.operator(credentials));
        var announced = call(HttpMethod.POST, "/api/v1/events", TestMembers.ADMIN_TOKEN, """
                {"title": "Stammtisch", "startsAt": "2026-03-12T18:00:00+01:00", "official": true}""");
        eventId = JsonPath.read(announced.getResponse().getContentAsString(), "$.id");
    }

    /** One place a caller sends an id: a path segment or a field of a body. */
    interface Endpoint {
        MvcResult answer(ImplausibleIdsIntegrationTests test, String id) throws Exception;
    }

    static Stream<Arguments> endpoints() {
        return Stream.<Object[]>of(
                        // the API, as a member
                        api("POST /contacts/{id}/motive-question", HttpMethod.POST, "/contacts/%s/motive-question"),
                        api("DELETE /contacts/{id}", HttpMethod.DELETE, "/contacts/%s"),
                        apiWithBody(
                                "POST /contacts/questions/{id}/answer",
                                HttpMethod.POST,
                                "/contacts/questions/%s/answer",
                                "{\"answer\": \"Wir kennen uns vom Stammtisch.\"}"),
                        apiWithBody(
                                "POST /contacts/questions/{id}/answer without an answer",
                                HttpMethod.POST,
                                "/contacts/questions/%s/answer",
                                "{\"answer\": \"\"}"),
                        api("POST /events/{id}/attendance", HttpMethod.POST, "/events/%s/attendance"),
                        api("GET /events/{id}", HttpMethod.GET, "/events/%s"),
                        api("DELETE /blocks/{id}", HttpMethod.DELETE, "/blocks/%s"),
                        api("GET /members/{id}", HttpMethod.GET, "/members/%s"),
                        api("DELETE /tokens/{id}", HttpMethod.DELETE, "/tokens/%s"),
                        api("POST /tasks/{id}/done", HttpMethod.POST, "/tasks/%s/done"),
                        // the API, as the operator
                        operator(
                                "PUT /events/{id}/attendance",
                                HttpMethod.PUT,
                                "/events/%s/attendance",
                                "{\"members\": []}"),
                        operator("POST /webhooks/{id}/secret", HttpMethod.POST, "/webhooks/%s/secret", null),
                        operator("DELETE /webhooks/{id}", HttpMethod.DELETE, "/webhooks/%s", null),
                        operator("DELETE /members/{id}", HttpMethod.DELETE, "/members/%s", null),
                        operator("GET /senders/{id}/record", HttpMethod.GET, "/senders/%s/record", null),
                        operator(
                                "POST /operator/senders/{id}/warn",
                                HttpMethod.POST,
                                "/operator/senders/%s/warn",
                                "{\"reason\": \"many copies\"}"),
                        operator(
                                "POST /operator/senders/{id}/limit",
                                HttpMethod.POST,
                                "/operator/senders/%s/limit",
                                null),
                        // ids in bodies
                        body("POST /meetings with", HttpMethod.POST, "/meetings", (t, id) -> """
                                {"with": "%s", "at": "2026-03-01T10:00:00Z"}""".formatted(id)),
                        body("POST /meetings eventId", HttpMethod.POST, "/meetings", (t, id) ->
                                """
                                {"with": "%s", "eventId": "%s", "at": "2026-03-01T10:00:00Z"}""".formatted(t.eva.id(), id)),
                        body("POST /blocks memberId", HttpMethod.POST, "/blocks", (t, id) -> """
                                {"memberId": "%s"}""".formatted(id)),
                        new Object[] {
                            "PUT /events/{event}/attendance members",
                            (Endpoint) (t, id) -> t.call(
                                    HttpMethod.PUT,
                                    "/api/v1/events/" + t.eventId + "/attendance",
                                    TestMembers.ADMIN_TOKEN,
                                    "{\"members\": [\"%s\"]}".formatted(id)),
                            IMPLAUSIBLE
                        },
                        // the web app
                        page("GET /contacts/{id}", HttpMethod.GET, "/contacts/%s"),
                        page("POST /contacts/{id}/remove", HttpMethod.POST, "/contacts/%s/remove"),
                        page("POST /contacts/{id}/ask-motive", HttpMethod.POST, "/contacts/%s/ask-motive"),
                        page("POST /contacts/questions/{id}/answer", HttpMethod.POST, "/contacts/questions/%s/answer"),
                        page("POST /events/{id}/attend", HttpMethod.POST, "/events/%s/attend"),
                        page("GET /members/{id}", HttpMethod.GET, "/members/%s"),
                        page("POST /tokens/{id}/revoke", HttpMethod.POST, "/tokens/%s/revoke"),
                        page("POST /tasks/{id}/done", HttpMethod.POST, "/tasks/%s/done"),
                        new Object[] {
                            "POST /operator/senders/{id}/suspend (the operator's page)",
                            (Endpoint) (t, id) -> t.mvc.perform(
                                            post(URI.create("/operator/senders/" + segment(id) + "/suspend"))
                                                    .session(t.operatorSession)
                                                    .param("reason", "many copies")
                                                    .with(csrf()))
                                    .andReturn(),
                            IMPLAUSIBLE
                        },
                        new Object[] {
                            "POST /events/meetings with (form)",
                            (Endpoint) (t, id) -> t.mvc.perform(post("/events/meetings")
                                            .session(t.session)
                                            .param("with", id)
                                            .param("at", "2026-03-01T10:00")
                                            .with(csrf()))
                                    .andReturn(),
                            OVERLONG
                        })
                .flatMap(endpoint -> ((List<?>) endpoint[2])
                        .stream()
                                .map(String.class::cast)
                                .map(id -> Arguments.of(
                                        endpoint[0],
                                        endpoint[1],
                                        id,
                                        id.isBlank() ? "a blank id" : "an id of " + id.length() + " characters")));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("endpoints")
    void anIdThatCannotBeOneIsAnsweredExactlyAsAnUnknownOne(
            String name, Endpoint endpoint, String implausible, String described) throws Exception {
        var unknown = Answer.of(endpoint.answer(this, UNKNOWN));
        var answered = Answer.of(endpoint.answer(this, implausible));

        assertThat(answered).isEqualTo(unknown);
        assertThat(answered.status()).as("never a server error").isLessThan(500);
    }

    /** What a caller notices of an answer, without the id it may repeat. */
    record Answer(int status, String contentType, String title, String redirectedTo, Set<String> flashed) {
        static Answer of(MvcResult result) throws Exception {
            var response = result.getResponse();
            String type = response.getContentType() == null
                    ? ""
                    : MediaType.parseMediaType(response.getContentType()).getSubtype();
            String title = type.equals("problem+json") ? JsonPath.read(response.getContentAsString(), "$.title") : "";
            return new Answer(
                    response.getStatus(),
                    type,
                    title,
                    Objects.requireNonNullElse(response.getRedirectedUrl(), ""),
                    Set.copyOf(result.getFlashMap().keySet()));
        }
    }

    private static Object[] api(String name, HttpMethod method, String path) {
        return apiWithBody(name, method, path, null);
    }

    private static Object[] apiWithBody(String name, HttpMethod method, String path, String json) {
        return new Object[] {
            name,
            (Endpoint) (t, id) -> t.call(method, "/api/v1" + path.formatted(segment(id)), t.dana.token(), json),
            IMPLAUSIBLE
        };
    }

    private static Object[] operator(String name, HttpMethod method, String path, String json) {
        return new Object[] {
            name,
            (Endpoint)
                    (t, id) -> t.call(method, "/api/v1" + path.formatted(segment(id)), TestMembers.ADMIN_TOKEN, json),
            IMPLAUSIBLE
        };
    }

    interface Body {
        String of(ImplausibleIdsIntegrationTests test, String id);
    }

    private static Object[] body(String name, HttpMethod method, String path, Body body) {
        return new Object[] {
            name, (Endpoint) (t, id) -> t.call(method, "/api/v1" + path, t.dana.token(), body.of(t, id)), OVERLONG
        };
    }

    private static Object[] page(String name, HttpMethod method, String path) {
        return new Object[] {
            name,
            (Endpoint) (t, id) -> t.mvc.perform(
                            MockMvcRequestBuilders.request(method, URI.create(path.formatted(segment(id))))
                                    .session(t.session)
                                    .param("answer", "Vom Stammtisch.")
                                    .with(csrf()))
                    .andReturn(),
            IMPLAUSIBLE
        };
    }

    private static String segment(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    MvcResult call(HttpMethod method, String path, String token, String json) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, URI.create(path))
                .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(token))
                .accept(MediaType.APPLICATION_JSON);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn();
    }

    MockHttpSession signIn(String handle) throws Exception {
        return TestMembers.signIn(mvc, handle);
    }
}
