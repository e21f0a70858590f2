package org.doorman.app.requests;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * How often a member may have a draft coached ({@code doorman.coach.per-minute}, 60): enough for live feedback while
 * typing, too few to search for the words that slip past a strategy. Over the limit: 429 with {@code Retry-After}.
 */
@Component
class CoachingLimit {

    private final CoachSettings settings;
    /** A bucket left alone for a minute is full again, so it can go. */
    private final Cache<MemberId, Bucket> buckets =
            Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(1)).build();

    CoachingLimit(CoachSettings settings) {
        this.settings = settings;
    }

    void take(MemberId member) {
        var bucket = buckets.get(
                member,
                id -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(settings.perMinute())
                                .refillGreedy(settings.perMinute(), Duration.ofMinutes(1))
                                .build())
                        .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(
                    1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS, "Too many drafts coached; try again in " + seconds + " s.");
            var headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            throw new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null) {
                @Override
                public HttpHeaders getHeaders() {
                    return headers;
                }
            };
        }
    }
}
