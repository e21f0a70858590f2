package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.doorman.core.lifecycle.MemberId;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponseException;

class CoachingLimitTests {

    @Test
    void aMemberOverTheLimitGets429WithRetryAfterWhileOthersGoOn() {
        var limit = new CoachingLimit(new CoachSettings(2));
        limit.take(new MemberId("m_jonas"));
        limit.take(new MemberId("m_jonas"));

        assertThatThrownBy(() -> limit.take(new MemberId("m_jonas")))
                .isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
                    assertThat(refused.getStatusCode().value()).isEqualTo(429);
                    assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                            .isNotBlank()
                            .satisfies(seconds ->
                                    assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
                });
        limit.take(new MemberId("m_dana"));
    }
}
