package org.doorman.app.limits;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The 429 answer: a problem detail and {@code Retry-After} in whole seconds. It says only that there were too many
 * calls of this kind, never anything about the request or member they were for.
 */
final class TooManyCalls {

    private TooManyCalls() {}

    static void write(HttpServletResponse response, Duration wait, String what) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"Too many "
                        + what + "; try again in " + seconds + " seconds.\"}");
    }
}
