package org.doorman.app.limits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many calls a caller may make in a period ({@code doorman.limits.*}); over it, the answer is 429 with
 * {@code Retry-After}. On PostgreSQL the limits hold for all processes together, on SQLite for the one process. Each limit is a bucket of {@code capacity} calls that fills up again at the end of each {@code period}.
 *
 * @param signInPerHandle sign-in attempts for one handle, whoever tries (10 per 15 minutes)
 * @param signInPerAddress sign-in attempts from one client address (100 per 15 minutes)
 * @param requests contact requests a member sends, whatever the answer (30 per hour)
 * @param messages messages a member writes in requests (120 per hour)
 * @param profileViews profiles a member looks at, {@code GET /members/{id}} (300 per hour)
 * @param tokens API tokens a member creates (10 per hour)
 * @param keys how many callers' buckets are kept at most; the least recently seen go first
 * @param requestsPerWeek contact requests a member may send in seven days (100); over it, a polite 429
 * @param openRequests requests of a member's, sent within {@code openPeriod}, that are not accepted: pending as far
 *     as the member can tell, whether really pending or silently declined (50); over it, a polite 409
 * @param openPeriod how long a request that is not accepted counts as open (P30D)
 * @param limitedRequestsPerWeek {@code requestsPerWeek} for a sender the operator or reports limited (10)
 * @param limitedOpenRequests {@code openRequests} for a sender the operator or reports limited (5)
 * @param poolSize connections of the pool the limits keep on PostgreSQL, where all processes share the buckets (4)
 */
@Validated
@ConfigurationProperties("doorman.limits")
record LimitSettings(
        @Valid @DefaultValue Limit signInPerHandle,
        @Valid @DefaultValue Limit signInPerAddress,
        @Valid @DefaultValue Limit requests,
        @Valid @DefaultValue Limit messages,
        @Valid @DefaultValue Limit profileViews,
        @Valid @DefaultValue Limit tokens,
        @Min(100) @DefaultValue("100000") int keys,
        @Min(1) @DefaultValue("100") int requestsPerWeek,
        @Min(1) @DefaultValue("50") int openRequests,
        @NotNull @DefaultValue("P30D") Duration openPeriod,
        @Min(1) @DefaultValue("10") int limitedRequestsPerWeek,
        @Min(1) @DefaultValue("5") int limitedOpenRequests,
        @Min(1) @DefaultValue("4") int poolSize) {

    /** {@code capacity} calls per {@code period}; either left out takes the kind's default. */
    record Limit(@Min(1) @Max(1_000_000) Integer capacity, Duration period) {
        Limit or(int defaultCapacity, Duration defaultPeriod) {
            return new Limit(capacity == null ? defaultCapacity : capacity, period == null ? defaultPeriod : period);
        }
    }

    /** The limit for a kind, with the defaults above filled in. */
    Limit of(Kind kind) {
        return switch (kind) {
            case SIGN_IN_PER_HANDLE -> signInPerHandle.or(10, Duration.ofMinutes(15));
            case SIGN_IN_PER_ADDRESS -> signInPerAddress.or(100, Duration.ofMinutes(15));
            case REQUESTS -> requests.or(30, Duration.ofHours(1));
            case MESSAGES -> messages.or(120, Duration.ofHours(1));
            case PROFILE_VIEWS -> profileViews.or(300, Duration.ofHours(1));
            case TOKENS -> tokens.or(10, Duration.ofHours(1));
        };
    }
}
