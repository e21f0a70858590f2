package org.doorman.app.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import org.doorman.app.api.ApiRoutes;
import org.doorman.app.api.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The 429 answer: {@code Retry-After} in whole seconds, and a problem detail, or for a browser on the web app the
 * error page {@code templates/error/429.html}, which says when to try again. Either says only that there were too many
 * calls of this kind, never anything about the request or member they were for.
 */
final class TooManyCalls {

    /** The wait as the page says it: a message key for the unit and the amount in it. */
    static final String UNIT = "retryUnit";

    static final String AMOUNT = "retryAmount";

    private TooManyCalls() {}

    static void write(HttpServletRequest request, HttpServletResponse response, Duration wait, String what)
            throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (asksForAPage(request)) {
            // the error page is rendered in the error dispatch of this same request, which keeps its attributes
            sayWhen(request, seconds);
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        ProblemWriter.write(
                request,
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "Too many " + what + "; try again in " + seconds + " seconds.");
    }

    /**
     * A call to the web app's routes (not the API's) that names HTML in its {@code Accept} header, as browsers do, and
     * does not prefer JSON. Scripts send no {@code Accept}, a wildcard or JSON: they keep the problem.
     */
    static boolean asksForAPage(HttpServletRequest request) {
        if (ApiRoutes.isApi(request)) {
            return false;
        }
        double html = 0;
        double json = 0;
        try {
            for (var type : MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)))) {
                if (type.isWildcardType() || type.isWildcardSubtype()) {
                    continue;
                }
                if (type.isCompatibleWith(MediaType.TEXT_HTML)
                        || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)) {
                    html = Math.max(html, type.getQualityValue());
                } else if (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")) {
                    json = Math.max(json, type.getQualityValue());
                }
            }
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
        return html > 0 && html >= json;
    }

    /** In the largest unit that reads well, rounded up: whoever waits as long as told is let through. */
    private static void sayWhen(HttpServletRequest request, long seconds) {
        if (seconds <= 90) {
            request.setAttribute(UNIT, "tooFast.seconds");
            request.setAttribute(AMOUNT, seconds);
        } else if (seconds <= 90 * 60) {
            request.setAttribute(UNIT, "tooFast.minutes");
            request.setAttribute(AMOUNT, Math.ceilDiv(seconds, 60));
        } else {
            request.setAttribute(UNIT, "tooFast.hours");
            request.setAttribute(AMOUNT, Math.ceilDiv(seconds, 3600));
        }
    }
}
