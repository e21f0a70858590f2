package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.doorman.core.lifecycle.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A request id that cannot be one at all (too long, blank, with a NUL) gets from every request call and page the
 * answer an id of no request of the caller's gets: never a 500, and nothing that tells the two apart.
 */
@IntegrationTest
abstract class ImpossibleRequestIdsIntegrationTests {

    static final String UNKNOWN = "req_unknown";

    /** As they stand in the path: 41 characters, and blank after trimming. */
    static final List<String> IMPOSSIBLE = List.of("r".repeat(41), "%20%20%20", "%09");

    /** Each request call of the API and the web app, with {@code {id}} for the request id. */
    record Call(HttpMethod method, String path, String json, Map<String, String> form) {
        static Call api(HttpMethod method, String path, String json) {
            return new Call(method, "/api/v1" + path, json, Map.of());
        }

        static Call page(HttpMethod method, String path, Map<String, String> form) {
            return new Call(method, path, null, form);
        }
    }

    static final List<Call> CALLS = List.of(
            Call.api(HttpMethod.GET, "/requests/{id}", null),
            Call.api(HttpMethod.POST, "/requests/{id}/messages", "{\"body\": \"Hello\"}"),
            Call.api(HttpMethod.POST, "/requests/{id}/decision", "{\"action\": \"accept\"}"),
            Call.api(HttpMethod.POST, "/requests/{id}/report", "{\"reason\": \"spam\"}"),
            Call.page(HttpMethod.GET, "/requests/{id}", Map.of()),
            Call.page(HttpMethod.POST, "/requests/{id}/reply", Map.of("body", "Hello")),
            Call.page(HttpMethod.POST, "/requests/{id}/decision", Map.of("action", "accept")),
            Call.page(HttpMethod.POST, "/inbox/{id}/decision", Map.of("action", "accept")),
            Call.page(HttpMethod.POST, "/inbox/{id}/report", Map.of("reason", "spam")));

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    RequestDesk desk;

    Registered dana;
    Registered jonas;
    MockHttpSession session;

    @BeforeEach
    void members() throws Exception {
        dana = new TestMembers(registration).create("Dana Berg", "de");
        jonas = new TestMembers(registration).create("Jonas Weber", "de");
        session = (MockHttpSession) mvc.perform(request(HttpMethod.POST, URI.create("/login"))
                        .param("handle", dana.handle())
                        .param("password", TestMembers.PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession();
    }

    MockHttpServletResponse answer(Call call, String id) throws Exception {
        var request = request(call.method(), URI.create(call.path().replace("{id}", id)));
        if (call.path().startsWith("/api/")) {
            request.header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(dana.token()))
                    .accept(MediaType.APPLICATION_JSON);
            if (call.json() != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(call.json());
            }
        } else {
            request.session(session).with(csrf());
            call.form().forEach(request::param);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void anIdThatCannotBeOneIsAnsweredAsAnUnknownIdByEveryRequestCallAndPage() throws Exception {
        for (var call : CALLS) {
            var unknown = answer(call, UNKNOWN);
            assertThat(unknown.getStatus()).as(call + " for an unknown id").isEqualTo(404);
            for (String impossible : IMPOSSIBLE) {
                var answer = answer(call, impossible);
                assertThat(answer.getStatus()).as(call + " for " + impossible).isEqualTo(unknown.getStatus());
                assertThat(answer.getContentType())
                        .as(call + " for " + impossible)
                        .isEqualTo(unknown.getContentType());
                if (call.path().startsWith("/api/")) {
                    String named = URLDecoder.decode(impossible, StandardCharsets.UTF_8);
                    assertThat(detail(answer))
                            .as(call + " for " + impossible)
                            .isEqualTo(detail(unknown).replace(UNKNOWN, named));
                }
            }
        }
    }

    @Test
    void aNulInTheIdIsRefusedAlikeWhetherTheRequestExistsOrNot() throws Exception {
        String existing = desk.send(new MemberId(jonas.id()), new MemberId(dana.id()), "Hallo Dana")
                .id();
        for (var call : CALLS) {
            var ofExisting = answer(call, existing + "%00");
            var ofUnknown = answer(call, UNKNOWN + "%00");
            assertThat(ofExisting.getStatus()).as(call.toString()).isEqualTo(400);
            assertThat(ofUnknown.getStatus()).as(call.toString()).isEqualTo(400);
            if (call.path().startsWith("/api/")) {
                assertThat(detail(ofExisting)).as(call.toString()).isEqualTo(detail(ofUnknown));
            }
        }
    }

    private static String detail(MockHttpServletResponse response) throws Exception {
        return JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$.detail");
    }
}
