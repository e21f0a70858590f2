package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponseException;

class CoachingLimitTests {

    @Test
    void aMemberOverTheLimitGets429WithRetryAfterWhileOthersGoOn() {
        var limit = new CoachingLimit(new CoachSettings(2));
        limit.take("m_jonas");
        limit.take("m_jonas");

        assertThatThrownBy(() -> limit.take("m_jonas"))
                .isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
                    assertThat(refused.getStatusCode().value()).isEqualTo(429);
                    assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                            .isNotBlank()
                            .satisfies(seconds ->
                                    assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
                });
        limit.take("m_dana");
    }
}
