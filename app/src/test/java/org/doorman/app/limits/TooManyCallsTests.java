package org.doorman.app.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TooManyCallsTests {

    private static final String CHROMIUM = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @ParameterizedTest(name = "{0} {1}: a page? {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "/compose            | " + CHROMIUM + "                     | true",
                "/login              | text/html                            | true",
                "/compose            | none                                 | false",
                "/compose            | */*                                  | false",
                "/compose            | application/json                     | false",
                "/compose            | application/problem+json             | false",
                "/compose            | application/json, text/html;q=0.5    | false",
                "/compose            | text/html, this is not a media type   | false",
                "/api/v1/requests    | " + CHROMIUM + "                     | false",
                "/api                | text/html                            | false"
            })
    void aPageGoesOnlyToABrowserOnTheWebApp(String path, String accept, boolean page) {
        var request = new MockHttpServletRequest("POST", path);
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        assertThat(TooManyCalls.asksForAPage(request)).isEqualTo(page);
    }

    @Test
    void aBrowserIsSentToTheErrorPageWithRetryAfterAndTheWaitInMinutes() throws Exception {
        var request = new MockHttpServletRequest("POST", "/tokens");
        request.addHeader("Accept", CHROMIUM);
        var response = new MockHttpServletResponse();

        TooManyCalls.write(request, response, Duration.ofSeconds(301), "new tokens");

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("301");
        assertThat(response.getContentAsString()).isEmpty();
        assertThat(request.getAttribute(TooManyCalls.UNIT)).isEqualTo("tooFast.minutes");
        assertThat(request.getAttribute(TooManyCalls.AMOUNT)).isEqualTo(6L);
    }

    @Test
    void aScriptGetsTheProblemWithRetryAfter() throws Exception {
        var request = new MockHttpServletRequest("POST", "/tokens");
        request.addHeader("Accept", "application/json");
        var response = new MockHttpServletResponse();

        TooManyCalls.write(request, response, Duration.ofMillis(1500), "new tokens");

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"detail\":\"Too many new tokens; try again in 2 seconds.\"");
    }
}
