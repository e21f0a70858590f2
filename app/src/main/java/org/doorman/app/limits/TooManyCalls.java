package org.doorman.app.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.doorman.app.api.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The 429 answer: a problem detail and {@code Retry-After} in whole seconds. It says only that there were too many
 * calls of this kind, never anything about the request or member they were for.
 */
final class TooManyCalls {

    private TooManyCalls() {}

    static void write(HttpServletRequest request, HttpServletResponse response, Duration wait, String what)
            throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemWriter.write(
                request,
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "Too many " + what + "; try again in " + seconds + " seconds.");
    }
}
