package org.doorman.app.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Map;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.Browser;
import org.doorman.app.testing.ServedIntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser over a limit of the web app gets a page in the app's look, not a problem: 429, {@code Retry-After}, and
 * words that say to slow down and when to try again. The page reads the same whatever became of the requests.
 */
@ServedIntegrationTest
abstract class RateLimitPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestMembers members;

    @Autowired
    LimitSettings settings;

    @Test
    void aMemberWhoCreatesTooManyTokensInTheWebAppIsToldInTheirLanguageToSlowDownAndWhenToTryAgain() {
        var sam = members.create("Sam Sommer", "en");
        var browser = signedIn(sam);
        browser.get("/tokens");

        var refused = overTheLimit(Kind.TOKENS, i -> browser.post("/tokens", Map.of("name", "Skript " + i)));

        assertThat(refused.body())
                .contains("A little too fast", "did not carry out the last attempt")
                .containsPattern("Please try again in (one hour|\\d+ minutes)\\.")
                .contains("/css/doorman.css", "Back to the inbox");
    }

    @Test
    void aBrowserOverTheSignInLimitGetsThePageToo() {
        var lena = members.create("Lena Lock", "de");
        var browser = new Browser(port);
        browser.get("/");

        var refused = overTheLimit(
                Kind.SIGN_IN_PER_HANDLE,
                i -> browser.post("/login", Map.of("handle", lena.handle(), "password", "falsch " + i)));

        assertThat(refused.body()).containsAnyOf("A little too fast", "Etwas zu schnell");
    }

    @Test
    void aRequesterOverTheLimitReadsTheSamePageWhetherTheRecipientDeclinesOrAccepts() throws Exception {
        var rita = members.create("Rita Requester", "de");
        var decliner = members.create("Dora Decline", "de");
        var accepter = members.create("Anton Accept", "de");
        strategy(decliner, "decline");
        strategy(accepter, "accept");
        var browser = signedIn(rita);
        browser.get("/compose");

        overTheLimit(
                Kind.REQUESTS,
                i -> browser.post(
                        "/compose",
                        Map.of(
                                "recipient",
                                (i % 2 == 0 ? decliner : accepter).id(),
                                "message",
                                "Hallo, ich würde mich gern mit Ihnen vernetzen. (" + i + ")")));
        var toDecliner = new ArrayList<String>();
        var toAccepter = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            var recipient = i % 2 == 0 ? decliner : accepter;
            var page = browser.post(
                    "/compose", Map.of("recipient", recipient.id(), "message", "Hallo, noch einmal. (" + i + ")"));
            assertThat(page.status()).isEqualTo(429);
            // the sign-out form's CSRF token is masked anew for every page
            (recipient == decliner ? toDecliner : toAccepter)
                    .add(page.body()
                            .replaceAll("value=\"[^\"]+\"", "value=\"…\"")
                            .replaceAll("\\d+", "N"));
        }

        assertThat(toDecliner)
                .allSatisfy(body -> assertThat(body)
                        .contains("Etwas zu schnell")
                        .doesNotContain("abgelehnt", "declin")
                        .isEqualTo(toAccepter.getFirst()));
        assertThat(toAccepter).containsOnly(toAccepter.getFirst());
    }

    interface Call {
        Browser.Page make(int i);
    }

    /** Makes as many calls as the limit lets through, then one more: a page with 429 and {@code Retry-After}. */
    private Browser.Page overTheLimit(Kind kind, Call call) {
        int limit = settings.of(kind).capacity();
        for (int i = 0; i < limit; i++) {
            assertThat(call.make(i).status()).as("call %d of %d", i + 1, limit).isNotEqualTo(429);
        }
        var refused = call.make(limit);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.retryAfter())
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(refused.contentType())
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        return refused;
    }

    private Browser signedIn(Registered member) {
        var browser = new Browser(port);
        assertThat(browser.signIn(member.handle(), TestMembers.PASSWORD)).isTrue();
        return browser;
    }

    private void strategy(Registered member, String action) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/strategy"))
                .header("Authorization", TestMembers.bearer(member.token()))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"rules": [{"id": "all", "when": {}, "action": "%s"}]}""".formatted(action)))
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
