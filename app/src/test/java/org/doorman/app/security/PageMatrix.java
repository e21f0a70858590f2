package org.doorman.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.doorman.app.members.MemberCredentials;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Profile;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.TestMembers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages of the web app × {the owner, another member, no credentials, the operator, a revoked token}: every GET page
 * and every form. Members sign in through the sign-in form (CSRF token from the home page); a caller without a session
 * is sent to sign in, and so is one with a token (revoked or not: the pages take no tokens); another member's resource
 * answers 404; the operator's page answers a member 403.
 */
final class PageMatrix {

    /** A 2xx, or a redirect anywhere but to sign in. */
    static final int OK = 2;
    /** A redirect to the sign-in form on the home page. */
    static final int SIGN_IN = 1;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    /** A concrete need that the owner's profile answers: accepted at once, with a follow-up task for the owner. */
    static final String CONCRETE = "Guten Tag Frau Berg, in Ihrem Profil steht, dass Sie Existenzgründer"
            + " beraten. Ich mache mich im Januar als Fotograf selbständig und brauche jemanden für die Buchhaltung"
            + " und die erste Steuererklärung. Könnten wir nächste Woche telefonieren?";

    /** What a page answers each caller; the operator is a member too, and for members' pages answers as one. */
    record Row(
            HttpMethod method, String path, Map<String, String> form, int owner, int other, int operator, int nobody) {
        Row(HttpMethod method, String path, Map<String, String> form, int owner, int other, int operator) {
            this(method, path, form, owner, other, operator, SIGN_IN);
        }

        static Row page(String path, int owner, int other) {
            return new Row(HttpMethod.GET, path, Map.of(), owner, other, other);
        }

        static Row form(String path, Map<String, String> form, int owner, int other) {
            return new Row(HttpMethod.POST, path, form, owner, other, other);
        }
    }

    private final MockMvc mvc;
    private final TestMembers members;
    private final MemberCredentials credentials;

    PageMatrix(MockMvc mvc, TestMembers members, MemberCredentials credentials) {
        this.mvc = mvc;
        this.members = members;
        this.credentials = credentials;
    }

    /** A member whose profile offers what {@link #CONCRETE} asks for. */
    static Registered ownerWithAProfile(TestMembers members) {
        return members.createTaxAdviser();
    }

    /** Runs every row for every caller; answers what went wrong, and adds each row to {@code seen}. */
    List<String> run(java.util.Set<String> seen) throws Exception {
        var owner = ownerWithAProfile(members);
        var other = members.create("Otto Other", "de");
        var sam = members.create("Sam Sender", "de");
        // Sam's concrete need is accepted at once: Sam becomes a contact, and the owner gets a follow-up task
        String accepted = id(api(HttpMethod.POST, "/api/v1/requests", sam, """
                {"recipient": "%s", "message": "%s"}""".formatted(owner.id(), CONCRETE)));
        String task = JsonPath.read(api(HttpMethod.GET, "/api/v1/tasks", owner, null), "$[0].id");
        String question = id(api(HttpMethod.POST, "/api/v1/contacts/" + owner.id() + "/motive-question", sam, null));
        String decided = openRequestTo(owner);
        String reported = openRequestTo(owner);
        String conversation = openRequestTo(owner);
        String token = JsonPath.read(api(HttpMethod.POST, "/api/v1/tokens", owner, "{\"name\": \"x\"}"), "$.id");
        String revoked = revokedTokenOf(owner);
        String event = id(new String(
                mvc.perform(post("/api/v1/events")
                                .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(TestMembers.ADMIN_TOKEN))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"title": "Abend", "startsAt": "2030-01-01T18:00:00Z", "official": true}"""))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                java.nio.charset.StandardCharsets.UTF_8));

        int notFound = 404;
        var rows = List.of(
                new Row(HttpMethod.GET, "/", Map.of(), OK, OK, OK, OK),
                new Row(HttpMethod.GET, "/login", Map.of(), SIGN_IN, SIGN_IN, SIGN_IN),
                // the API's description is public
                new Row(HttpMethod.GET, "/v3/api-docs", Map.of(), OK, OK, OK, OK),
                new Row(HttpMethod.GET, "/v3/api-docs.yaml", Map.of(), OK, OK, OK, OK),
                new Row(HttpMethod.GET, "/v3/api-docs/swagger-config", Map.of(), OK, OK, OK, OK),
                new Row(HttpMethod.GET, "/swagger-ui.html", Map.of(), OK, OK, OK, OK),
                Row.page("/inbox", OK, OK),
                Row.page("/tasks", OK, OK),
                Row.page("/tokens", OK, OK),
                Row.page("/digest", OK, OK),
                Row.page("/contacts", OK, OK),
                Row.page("/contacts/dormant", OK, OK),
                Row.page("/contacts/imports", OK, OK),
                Row.page("/contacts/" + sam.id(), OK, notFound),
                Row.page("/strategy/try", OK, OK),
                Row.page("/compose", OK, OK),
                Row.page("/dashboard", OK, OK),
                Row.page("/dashboard/data", OK, OK),
                Row.page("/events", OK, OK),
                Row.page("/profile", OK, OK),
                Row.page("/members/" + sam.id(), OK, OK),
                Row.page("/requests/" + accepted, OK, notFound),
                Row.page("/strategy", OK, OK),
                Row.page("/privacy", OK, OK),
                Row.page("/privacy/export", OK, OK),
                new Row(HttpMethod.GET, "/operator/collectors", Map.of(), 403, 403, OK),
                // forms; the owner goes last in each row, their call may change the resource
                Row.form("/tokens", Map.of(), OK, OK),
                Row.form("/tokens/" + token + "/revoke", Map.of(), OK, notFound),
                Row.form("/events/meetings", Map.of("with", sam.id(), "at", "2026-01-01T18:00"), OK, OK),
                Row.form("/events/" + event + "/attend", Map.of(), OK, OK),
                Row.form(
                        "/digest",
                        Map.of("frequency", "weekly", "time", "06:45", "timeZone", "Europe/Berlin", "day", "monday"),
                        OK,
                        OK),
                Row.form("/strategy/try", Map.of("message", "Hallo!"), OK, OK),
                Row.form("/compose/coach", Map.of("recipient", sam.id(), "message", "Hallo!"), OK, OK),
                Row.form("/compose", Map.of("recipient", sam.id(), "message", "Hallo Sam, gerne!"), OK, OK),
                Row.form("/inbox/" + decided + "/decision", Map.of("action", "accept"), OK, notFound),
                Row.form("/inbox/" + reported + "/report", Map.of("reason", "spam"), OK, notFound),
                Row.form("/requests/" + conversation + "/reply", Map.of("body", "Worum geht es?"), OK, notFound),
                Row.form("/requests/" + conversation + "/decision", Map.of("action", "accept"), OK, notFound),
                Row.form("/tasks/" + task + "/done", Map.of(), OK, notFound),
                Row.form(
                        "/contacts/questions/" + question + "/answer",
                        Map.of("answer", "Wir kennen uns von der Messe."),
                        OK,
                        notFound),
                Row.form("/contacts/" + sam.id() + "/ask-motive", Map.of(), OK, notFound),
                Row.form("/contacts/" + sam.id() + "/remove", Map.of(), OK, notFound),
                Row.form("/profile", Map.of("name", "Neuer Name", "language", "de"), OK, OK),
                Row.form("/strategy", Map.of("preset", "default"), OK, OK),
                Row.form("/strategy/preview", Map.of("preset", "default"), OK, OK),
                Row.form("/strategy/templates", Map.of("clarify_empty.de", "Worum geht es Ihnen?"), OK, OK),
                Row.form("/privacy/erase", Map.of("password", "not the password"), OK, OK),
                new Row(
                        HttpMethod.POST,
                        "/operator/senders/" + sam.id() + "/warn",
                        Map.of("reason", "Sammelt Kontakte."),
                        403,
                        403,
                        OK));
        rows.forEach(row -> seen.add(row.method() + " " + row.path()));

        var sessions = Map.of(
                AuthorizationMatrixIntegrationTests.Caller.OWNER, signIn(owner.handle()),
                AuthorizationMatrixIntegrationTests.Caller.OTHER_MEMBER, signIn(other.handle()),
                AuthorizationMatrixIntegrationTests.Caller.OPERATOR, signIn(operatorHandle()));
        var wrong = new ArrayList<String>();
        for (var row : rows) {
            for (var caller : List.of(
                    AuthorizationMatrixIntegrationTests.Caller.OTHER_MEMBER,
                    AuthorizationMatrixIntegrationTests.Caller.NOBODY,
                    AuthorizationMatrixIntegrationTests.Caller.OPERATOR,
                    AuthorizationMatrixIntegrationTests.Caller.REVOKED,
                    AuthorizationMatrixIntegrationTests.Caller.OWNER)) {
                int expected = switch (caller) {
                    case OWNER -> row.owner();
                    case OTHER_MEMBER -> row.other();
                    case OPERATOR -> row.operator();
                    case NOBODY, REVOKED -> row.nobody();
                };
                var call = request(row.method(), URI.create(row.path())).with(csrf());
                row.form().forEach(call::param);
                switch (caller) {
                    case OWNER, OTHER_MEMBER, OPERATOR -> call.session(sessions.get(caller));
                    case REVOKED -> call.header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(revoked));
                    case NOBODY -> {}
                }
                var response = mvc.perform(call).andReturn().getResponse();
                int actual = outcome(response);
                if (actual != expected) {
                    wrong.add(row.method() + " " + row.path() + " as " + caller + ": " + describe(response)
                            + ", expected " + name(expected));
                }
            }
        }
        return wrong;
    }

    private static int outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status / 100 == 3) {
            String location = String.valueOf(response.getRedirectedUrl());
            return URI.create(location).getPath().equals("/") || location.endsWith("/login") ? SIGN_IN : OK;
        }
        return status / 100 == 2 ? OK : status;
    }

    private static String describe(MockHttpServletResponse response) {
        return response.getStatus() + (response.getRedirectedUrl() == null ? "" : " to " + response.getRedirectedUrl());
    }

    private static String name(int expected) {
        return switch (expected) {
            case OK -> "2xx or a redirect";
            case SIGN_IN -> "a redirect to sign in";
            default -> Integer.toString(expected);
        };
    }

    /** Signs in as a browser does: the home page's form with its CSRF token, in the session the page opened. */
    private MockHttpSession signIn(String handle) throws Exception {
        var session = new MockHttpSession();
        String home =
                mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
        var token = CSRF.matcher(home);
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the home page");
        }
        var signedIn = mvc.perform(post("/login")
                        .session(session)
                        .param("handle", handle)
                        .param("password", TestMembers.PASSWORD)
                        .param("_csrf", token.group(1)))
                .andReturn();
        if (!"/inbox".equals(signedIn.getResponse().getRedirectedUrl())) {
            throw new AssertionError(handle + " could not sign in: " + describe(signedIn.getResponse()));
        }
        return (MockHttpSession) signedIn.getRequest().getSession();
    }

    private String operatorHandle() {
        String handle = "test-operator";
        if (credentials.byPassword(handle, TestMembers.PASSWORD).isEmpty()) {
            members.create(new NewMember(
                    handle,
                    new Profile("Olga Operator", "en", null, null, null, null, null, null, null, null),
                    TestMembers.PASSWORD));
        }
        return handle;
    }

    private String openRequestTo(Registered owner) throws Exception {
        var sender = members.create("Vera Vague", "de");
        return id(api(HttpMethod.POST, "/api/v1/requests", sender, """
                {"recipient": "%s", "message": "Hallo, ich sehe großes Potenzial für uns. Lass uns connecten!"}""".formatted(owner.id())));
    }

    private String revokedTokenOf(Registered member) throws Exception {
        String created = api(HttpMethod.POST, "/api/v1/tokens", member, "{\"name\": \"alt\"}");
        api(HttpMethod.DELETE, "/api/v1/tokens/" + id(created), member, null);
        return JsonPath.read(created, "$.token");
    }

    private String api(HttpMethod method, String path, Registered who, String body) throws Exception {
        var call = request(method, path).header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(who.token()));
        if (body != null) {
            call.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        var response = mvc.perform(call).andReturn().getResponse();
        if (response.getStatus() >= 300) {
            throw new AssertionError(method + " " + path + " answered " + response.getStatus());
        }
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String id(String json) {
        return JsonPath.read(json, "$.id");
    }
}
