package org.doorman.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser over real HTTP: it asks for HTML as a browser does, keeps the session cookie, follows redirects after a
 * form, and sends the CSRF token of the last page it read with every form. Sign in with {@link #signIn}, which uses the sign-in form
 * of the home page.
 */
public final class Browser {

    /** What Chromium and Firefox send for a page or a form. */
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /**
     * What came back, after any redirects. Status 0: no answer, the server closed the connection while the body was on
     * its way (Tomcat does so after refusing a body that is too large with 413, before the client reads the answer).
     */
    public record Page(int status, String body, URI uri, Optional<String> retryAfter, Optional<String> contentType) {}

    private final String base;
    private final HttpClient http;
    private String csrf = "";

    public Browser(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Opens the home page, takes its CSRF token and sends the sign-in form; true when the inbox opened. */
    public boolean signIn(String handle, String password) {
        get("/");
        var page = post("/login", Map.of("handle", handle, "password", password));
        if (page.uri().getPath().equals("/inbox")) {
            get("/inbox"); // the session changed at sign-in, and so did its CSRF token
            return true;
        }
        return false;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Sends a form (URL-encoded, UTF-8) with the CSRF token of the last page. */
    public Page post(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> encoded(field.getKey()) + "=" + encoded(field.getValue()))
                .collect(Collectors.joining("&"));
        form = (form.isEmpty() ? "" : form + "&") + "_csrf=" + encoded(csrf);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
    }

    private Page send(HttpRequest.Builder builder) {
        var request =
                builder.header("Accept", ACCEPT).timeout(Duration.ofSeconds(60)).build();
        try {
            var response = sent(request);
            var token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Page(
                    response.statusCode(),
                    response.body(),
                    response.uri(),
                    response.headers().firstValue("Retry-After"),
                    response.headers().firstValue("Content-Type"));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    request.method() + " " + request.uri().getPath() + " ("
                            + request.bodyPublisher()
                                    .map(body -> body.contentLength())
                                    .orElse(0L) + " bytes)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends the request; once more on a fresh connection when a pooled one turned out closed before any byte of an
     * answer came back (the JDK client's "received no bytes"). An input that makes the server close the connection
     * every time still fails on the second try.
     */
    private HttpResponse<String> sent(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException closed) {
            if (closed.getMessage() == null || !closed.getMessage().contains("received no bytes")) {
                throw closed;
            }
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
