package org.doorman.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.doorman.app.members.MemberCredentials;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Profile;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.Browser;
import org.doorman.app.testing.HostileInputs;
import org.doorman.app.testing.ServedIntegrationTest;
import org.doorman.app.testing.TableRows;
import org.doorman.app.testing.TestMembers;
import org.doorman.app.testing.WebHandlers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The hostile-input corpus against every web form, sent by a member signed in through the sign-in form (session
 * cookie, CSRF token from the page). The forms are the POST handlers of the handler mappings plus Spring Security's
 * sign-in, so a new form without an entry here fails the test. For every input: no 5xx; a refusal is a 4xx or the page
 * shown again with an error; no stack trace, SQL or class name and no live markup from the input in the page; a
 * refusal stores nothing (every table's rows counted before and after); health answers afterwards.
 */
@ServedIntegrationTest
abstract class HostileFormsIntegrationTests {

    private static final List<String> LEAKS = List.of(
            "Exception",
            "SQLITE",
            "SQLState",
            "org.postgresql",
            "java.",
            "org.springframework",
            "tools.jackson",
            "com.fasterxml",
            "org.doorman",
            "\tat ",
            "BadSqlGrammar",
            "syntax error at");
    /** The input's markup, as a page would carry it if it did not escape it. */
    private static final List<String> LIVE_MARKUP = List.of("<script>alert(1)</script>", "<img src=x onerror");
    /** Tables that jobs in the background write to while the test runs. */
    private static final Set<String> BACKGROUND =
            Set.of("flyway_schema_history", "outbox", "digest_log", "app_secrets");

    /** {@code doorman.api.max-body-size}, which every request body is held to. */
    private static final long BODY_LIMIT = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    TestMembers members;

    @Autowired
    MemberCredentials credentials;

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private TableRows rows;
    private final List<String> problems = new ArrayList<>();
    private int tried;
    private int refusals;

    /** A form: who sends it, to which path (variables filled in), and valid fields, replaced one at a time. */
    record Form(Supplier<Browser> who, String path, Map<String, String> valid) {}

    @Test
    void everyFormTakesTheCorpusWithoutServerErrorLeakOrStoredRefusal() throws Exception {
        rows = new TableRows(dataSource);
        var maria = member("Maria Berg");
        var sam = member("Sam Sommer");
        var tina = member("Tina Tal");
        var ulf = member("Ulf Unbekannt");
        // Sam is Maria's contact; Maria asked Sam for his motive; Tina's request to Maria is open
        String samsRequest = api("POST", "/api/v1/requests", sam.token(), """
                {"recipient": "%s", "message": "Hallo Maria, wir kennen uns von der Messe in Hamburg."}""".formatted(maria.id()));
        api("POST", "/api/v1/requests/" + JsonPath.read(samsRequest, "$.id") + "/decision", maria.token(), """
                {"action": "accept"}""");
        String question = JsonPath.read(
                api("POST", "/api/v1/contacts/" + sam.id() + "/motive-question", maria.token(), null), "$.id");
        String tinasRequest =
                JsonPath.read(api("POST", "/api/v1/requests", tina.token(), """
                        {"recipient": "%s", "message": "Guten Tag, ich suche Rat zur Gründung."}""".formatted(maria.id())), "$.id");

        var asMaria = signedIn(maria);
        var asSam = signedIn(sam);
        var asTina = signedIn(tina);
        var asOperator = operator();
        var anonymous = new Browser(port);
        anonymous.get("/");
        Supplier<Browser> freshRequester = new Supplier<>() {
            private Browser current;
            private int uses;

            @Override
            public Browser get() {
                // a new requester now and then, so that the corpus meets the form and not only the rate limit
                if (current == null || ++uses % 20 == 0) {
                    current = signedIn(member("Rita Requester"));
                }
                return current;
            }
        };
        Map<String, String> message = Map.of("recipient", maria.id(), "message", "Hallo Maria, gerne vernetzen!");
        var forms = new LinkedHashMap<String, Form>();
        forms.put("POST /login", new Form(() -> anonymous, "/login", Map.of("handle", "nobody", "password", "x")));
        forms.put("POST /compose", new Form(freshRequester, "/compose", message));
        forms.put("POST /compose/coach", new Form(() -> asSam, "/compose/coach", message));
        forms.put(
                "POST /contacts/questions/{questionId}/answer",
                new Form(
                        () -> asSam,
                        "/contacts/questions/" + question + "/answer",
                        Map.of("answer", "Wir kennen uns von der Messe.")));
        forms.put(
                "POST /contacts/{id}/ask-motive",
                new Form(() -> asMaria, "/contacts/" + sam.id() + "/ask-motive", Map.of()));
        forms.put("POST /contacts/{id}/remove", new Form(() -> asMaria, null, Map.of()));
        forms.put(
                "POST /digest",
                new Form(
                        () -> asMaria,
                        "/digest",
                        Map.of("frequency", "weekly", "time", "06:45", "timeZone", "Europe/Berlin", "day", "tuesday")));
        forms.put(
                "POST /events/meetings",
                new Form(
                        () -> asMaria,
                        "/events/meetings",
                        Map.of("with", sam.id(), "at", "2026-01-01T18:00", "eventId", "")));
        forms.put("POST /events/{eventId}/attend", new Form(() -> asMaria, null, Map.of()));
        Map<String, String> decision = Map.of("action", "accept", "state", "", "category", "");
        forms.put(
                "POST /inbox/{id}/decision", new Form(() -> asMaria, "/inbox/" + tinasRequest + "/decision", decision));
        forms.put(
                "POST /inbox/{id}/report",
                new Form(
                        () -> asMaria,
                        "/inbox/" + tinasRequest + "/report",
                        Map.of("reason", "spam", "state", "", "category", "")));
        forms.put(
                "POST /operator/senders/{id}/{action}",
                new Form(
                        () -> asOperator,
                        "/operator/senders/" + ulf.id() + "/warn",
                        Map.of("reason", "Sammelt Kontakte.")));
        forms.put("POST /privacy/erase", new Form(() -> asMaria, "/privacy/erase", Map.of("password", "not hers")));
        var profile = new LinkedHashMap<String, String>();
        for (String field :
                List.of("headline", "about", "offers", "seeks", "interests", "groups", "company", "email")) {
            profile.put(field, "");
        }
        profile.put("name", "Maria Berg");
        profile.put("language", "de");
        forms.put("POST /profile", new Form(() -> asMaria, "/profile", profile));
        forms.put(
                "POST /requests/{id}/decision",
                new Form(() -> asMaria, "/requests/" + tinasRequest + "/decision", Map.of("action", "accept")));
        forms.put(
                "POST /requests/{id}/reply",
                new Form(() -> asTina, "/requests/" + tinasRequest + "/reply", Map.of("body", "Worum geht es?")));
        Map<String, String> strategy = Map.of("preset", "default", "rules", "");
        forms.put("POST /strategy", new Form(() -> asMaria, "/strategy", strategy));
        forms.put("POST /strategy/preview", new Form(() -> asMaria, "/strategy/preview", strategy));
        forms.put(
                "POST /strategy/templates",
                new Form(
                        () -> asMaria,
                        "/strategy/templates",
                        Map.of("clarify_empty.de", "Worum geht es Ihnen?", "invite_to_event.en", "")));
        forms.put(
                "POST /strategy/try",
                new Form(() -> asMaria, "/strategy/try", Map.of("message", "Hallo!", "sender", sam.id())));
        forms.put("POST /tasks/{id}/done", new Form(() -> asMaria, null, Map.of()));
        forms.put("POST /tokens", new Form(() -> asMaria, "/tokens", Map.of()));
        forms.put("POST /tokens/{id}/revoke", new Form(() -> asMaria, null, Map.of()));

        var handlers = WebHandlers.of(mappings).stream()
                .filter(handler -> handler.method().equals("POST"))
                .toList();
        var unknown = new TreeSet<String>();
        for (var handler : handlers) {
            var form = forms.get(handler.name());
            if (form == null) {
                unknown.add(handler.name() + " has no entry here");
                continue;
            }
            for (String field : handler.fields()) {
                if (!form.valid().containsKey(field)) {
                    unknown.add(handler.name() + " reads the field '" + field + "', which has no valid value here");
                }
            }
            if (handler.takesAnyField() && form.valid().isEmpty()) {
                unknown.add(handler.name() + " reads any field; name some here");
            }
        }
        assertThat(unknown).as("forms the test does not know").isEmpty();

        var texts = HostileInputs.texts(20261206L, 25);
        var pathIds = HostileInputs.generatedTexts(7L, 30).stream()
                .map(id -> URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"))
                .toList();
        var formsSent = new TreeSet<String>();
        for (var entry : forms.entrySet()) {
            var form = entry.getValue();
            String pattern = entry.getKey().substring("POST ".length());
            var handler =
                    handlers.stream().filter(h -> h.pattern().equals(pattern)).findFirst();
            if (form.path() != null) {
                for (String field : form.valid().keySet()) {
                    for (String text : texts) {
                        var fields = new LinkedHashMap<>(form.valid());
                        fields.put(field, text);
                        check(form.who().get(), form.path(), fields);
                    }
                }
                if (form.valid().isEmpty()) {
                    check(form.who().get(), form.path(), Map.of());
                }
            }
            if (handler.isPresent()) {
                int variables = handler.get().pathVariables().size();
                for (String id : pathIds) {
                    String[] values = new String[variables];
                    java.util.Arrays.fill(values, id);
                    check(form.who().get(), handler.get().path(values), form.valid());
                }
            }
            formsSent.add(entry.getKey());
        }

        assertThat(problems)
                .as("%d hostile inputs sent to %d forms", tried, formsSent.size())
                .isEmpty();
        assertThat(formsSent).hasSizeGreaterThanOrEqualTo(handlers.size() + 1);
        assertThat(tried).isGreaterThan(500 * 2);
        assertThat(refusals).as("refusals seen").isGreaterThan(tried / 4);
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(asMaria.get("/inbox").status()).isEqualTo(200);
        System.out.printf("Hostile forms: %d forms, %d inputs, %d refused%n", formsSent.size(), tried, refusals);
    }

    private void check(Browser who, String path, Map<String, String> fields) {
        var before = rows.count();
        var page = who.post(path, fields);
        tried++;
        String what = "POST " + abbreviated(path) + " with " + abbreviated(fields.toString());
        String body = page.body();
        if (page.status() == 0) {
            long size = fields.values().stream().mapToLong(String::length).sum();
            if (size < BODY_LIMIT / 3) { // URL-encoding makes a character up to nine bytes
                problems.add(what + " got no answer");
                return;
            }
        }
        if (page.status() >= 500) {
            problems.add(what + " answered " + page.status() + ": " + abbreviated(body));
            return;
        }
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                problems.add(what + " leaks '" + leak + "' on " + page.uri().getPath() + ": "
                        + abbreviated(body.substring(Math.max(0, body.indexOf(leak) - 60))));
            }
        }
        for (String markup : LIVE_MARKUP) {
            if (body.contains(markup)) {
                problems.add(what + " shows the input's markup unescaped on "
                        + page.uri().getPath());
            }
        }
        boolean refused = page.status() == 0 || page.status() >= 400 || body.contains("class=\"error\"");
        if (refused) {
            refusals++;
            var after = rows.count();
            if (!after.equals(before)) {
                problems.add(what + " was refused (" + page.status() + " "
                        + page.uri().getPath() + ") but changed rows: " + TableRows.changed(before, after));
            }
        }
    }

    private Registered member(String name) {
        return members.create(name, "de");
    }

    /** The member {@code doorman.operator-handles} names in the tests, made once per database. */
    private Browser operator() {
        String handle = "test-operator";
        if (credentials.byPassword(handle, TestMembers.PASSWORD).isEmpty()) {
            members.create(new NewMember(
                    handle,
                    new Profile("Olga Operator", "de", null, null, null, null, null, null, null, null),
                    TestMembers.PASSWORD));
        }
        var browser = new Browser(port);
        assertThat(browser.signIn(handle, TestMembers.PASSWORD)).isTrue();
        return browser;
    }

    private Browser signedIn(Registered member) {
        var browser = new Browser(port);
        assertThat(browser.signIn(member.handle(), TestMembers.PASSWORD))
                .as("%s signs in", member.handle())
                .isTrue();
        return browser;
    }

    private String api(String method, String path, String token, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", TestMembers.bearer(token))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isLessThan(300);
        return response.body();
    }

    private static String abbreviated(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "..." : clean;
    }
}
