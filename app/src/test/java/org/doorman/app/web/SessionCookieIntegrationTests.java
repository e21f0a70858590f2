package org.doorman.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.doorman.app.testing.Databases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The session cookie as a browser receives it, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = Databases.Sqlite.class)
class SessionCookieIntegrationTests {

    @LocalServerPort
    int port;

    private String sessionCookie(boolean overTls) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"));
        if (overTls) {
            request.header("X-Forwarded-Proto", "https");
        }
        var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        assertThat(sessionCookie(false)).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void behindAProxyThatTerminatesTlsTheSessionCookieIsSecure() throws Exception {
        assertThat(sessionCookie(true)).contains("Secure");
        assertThat(sessionCookie(false)).doesNotContain("Secure");
    }
}
