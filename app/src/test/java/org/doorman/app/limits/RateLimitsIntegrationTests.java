package org.doorman.app.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Profile;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each limit of {@code doorman.limits.*} at its default: the calls up to it pass, the next answers 429 with
 * {@code Retry-After}, and a sign-in over the limit is refused before CSRF or the password are looked at.
 */
@IntegrationTest
abstract class RateLimitsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    MemberRegistration registration;

    @Autowired
    LimitSettings settings;

    Registered member(String name, String password) {
        return new TestMembers(registration)
                .create(new NewMember(
                        TestMembers.uniqueHandle(name),
                        new Profile(name, "de", null, null, List.of(), List.of(), List.of(), List.of(), null, null),
                        password));
    }

    /** Makes {@code limit} calls that pass the limit, then one more, which must be refused. */
    private MockHttpServletResponse overTheLimit(Kind kind, IntFunction<MockHttpServletRequestBuilder> call)
            throws Exception {
        int limit = settings.of(kind).capacity();
        for (int i = 0; i < limit; i++) {
            var response = mvc.perform(call.apply(i)).andReturn().getResponse();
            assertThat(response.getStatus()).as("call %d of %d", i + 1, limit).isNotEqualTo(429);
        }
        var refused = mvc.perform(call.apply(limit)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader(HttpHeaders.RETRY_AFTER))).isPositive();
        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        return refused;
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, Registered who, Object body) {
        request.header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(who.token()));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return request;
    }

    @Test
    void signInIsLimitedPerHandleBeforeCsrfAndPassword() throws Exception {
        var lena = member("Lena Lock", "ein-langes-passwort-1");
        String handle = handleOf(lena);

        // no CSRF token, wrong passwords: refused (403) until the limit, then 429
        overTheLimit(
                Kind.SIGN_IN_PER_HANDLE,
                i -> post("/login").param("username", handle).param("password", "falsch" + i));
        var right = mvc.perform(post("/login")
                        .with(csrf())
                        .param("handle", handle.toUpperCase())
                        .param("password", "ein-langes-passwort-1"))
                .andReturn()
                .getResponse();
        assertThat(right.getStatus()).as("the right password over the limit").isEqualTo(429);
    }

    @Test
    void signInIsLimitedPerAddress() throws Exception {
        int limit = settings.of(Kind.SIGN_IN_PER_ADDRESS).capacity();
        assertThat(limit).as("set high for the test context").isGreaterThan(1000);
        // a separate address, so that other tests' sign-ins do not count
        var limiter = new RateLimiter(
                new LimitSettings(
                        new LimitSettings.Limit(null, null),
                        new LimitSettings.Limit(3, java.time.Duration.ofMinutes(15)),
                        new LimitSettings.Limit(null, null),
                        new LimitSettings.Limit(null, null),
                        new LimitSettings.Limit(null, null),
                        new LimitSettings.Limit(null, null),
                        100,
                        100,
                        50,
                        java.time.Duration.ofDays(30),
                        10,
                        5,
                        4),
                new InMemoryBuckets(100));
        var filter = new SignInLimitFilter(limiter);
        for (int i = 0; i < 4; i++) {
            var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/login");
            request.setRemoteAddr("203.0.113.7");
            request.setParameter("handle", "someone" + i);
            var response = new MockHttpServletResponse();
            filter.doFilter(request, response, new org.springframework.mock.web.MockFilterChain());
            assertThat(response.getStatus()).as("attempt %d", i + 1).isEqualTo(i < 3 ? 200 : 429);
        }
    }

    @Test
    void contactRequestsArePerMemberAndTheLimitCountsEveryAttemptAlike() throws Exception {
        var sam = member("Sam Sommer", null);
        var maria = member("Maria Berg", null);

        // the first is stored, all others answer 409 (pending): the limit counts them all the same
        overTheLimit(
                Kind.REQUESTS,
                i -> api(post("/api/v1/requests"), sam, Map.of("recipient", maria.id(), "message", "Hallo " + i)));
        var other = member("Pia Pending", null);
        assertThat(mvc.perform(api(post("/api/v1/requests"), other, Map.of("recipient", maria.id(), "message", "Hi")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("another member's limit is their own")
                .isEqualTo(201);
    }

    @Test
    void messagesArePerMember() throws Exception {
        var sam = member("Sam Sommer", null);
        var maria = member("Maria Berg", null);
        String id = JsonPath.read(
                mvc.perform(api(
                                post("/api/v1/requests"),
                                sam,
                                Map.of("recipient", maria.id(), "message", "Hallo, gerne vernetzen!")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        overTheLimit(
                Kind.MESSAGES,
                i -> api(post("/api/v1/requests/" + id + "/messages"), sam, Map.of("body", "Nachricht " + i)));
    }

    @Test
    void profileViewsArePerMember() throws Exception {
        var sam = member("Sam Sommer", null);
        var maria = member("Maria Berg", null);

        overTheLimit(Kind.PROFILE_VIEWS, i -> api(get("/api/v1/members/" + maria.id()), sam, null));
    }

    @Test
    void tokenCreationIsPerMember() throws Exception {
        var sam = member("Sam Sommer", null);

        overTheLimit(Kind.TOKENS, i -> api(post("/api/v1/tokens"), sam, Map.of("name", "Skript " + i)));
    }

    @Test
    void theWebFormsAndPagesCountAgainstTheSameLimitsAsTheApi() throws Exception {
        var sam = member("Sam Sommer", TestMembers.PASSWORD);
        var maria = member("Maria Berg", null);
        var session = signIn(sam);
        String id = JsonPath.read(
                mvc.perform(api(post("/api/v1/requests"), maria, Map.of("recipient", sam.id(), "message", "Hallo!")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        overTheLimit(
                Kind.REQUESTS,
                i -> post("/compose")
                        .session(session)
                        .with(csrf())
                        .param("recipient", maria.id())
                        .param("message", "Hallo " + i));
        overTheLimit(
                Kind.MESSAGES,
                i -> post("/requests/" + id + "/reply")
                        .session(session)
                        .with(csrf())
                        .param("body", "Nachricht " + i));
        overTheLimit(Kind.PROFILE_VIEWS, i -> get("/members/" + maria.id()).session(session));
    }

    @Test
    void aScriptOnAWebFormAndABrowserOnTheApiKeepTheProblem() throws Exception {
        var sam = member("Sam Sommer", TestMembers.PASSWORD);
        var session = signIn(sam);

        var script = overTheLimit(
                Kind.TOKENS,
                i -> post("/tokens")
                        .session(session)
                        .with(csrf())
                        .accept(MediaType.APPLICATION_JSON)
                        .param("name", "Skript " + i));
        assertThat(script.getContentAsString().replaceAll("\\d+ seconds", "N seconds"))
                .isEqualTo("""
                        {"type":"about:blank","title":"Too Many Requests","status":429,\
                        "detail":"Too many new tokens; try again in N seconds.","instance":"/tokens"}""");

        var maria = member("Maria Berg", null);
        overTheLimit(
                Kind.PROFILE_VIEWS,
                i -> api(get("/api/v1/members/" + maria.id()), sam, null)
                        .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
    }

    private MockHttpSession signIn(Registered member) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login")
                        .with(csrf())
                        .param("handle", member.handle())
                        .param("password", TestMembers.PASSWORD))
                .andReturn()
                .getRequest()
                .getSession();
    }

    private static String handleOf(Registered member) {
        return member.handle();
    }
}
