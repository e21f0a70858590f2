package org.doorman.app.webhooks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How webhooks are delivered ({@code doorman.webhooks.*}).
 *
 * @param pollInterval how often the relay looks for due deliveries (PT1S)
 * @param timeout the longest one delivery may take, from connecting to the last byte of the answer (PT10S)
 * @param backoff the wait after the first failure, doubled on every further one (PT5S)
 * @param maxBackoff the longest wait between two attempts (PT1H)
 * @param maxAttempts the attempts before a delivery is given up (12)
 * @param retention how long delivered deliveries are kept, to look into (P7D)
 * @param allowPrivate also post to loopback, link-local, private and cloud metadata addresses (tests, labs)
 */
@Validated
@ConfigurationProperties("doorman.webhooks")
record WebhookSettings(
        @NotNull @DefaultValue("PT1S") Duration pollInterval,
        @NotNull @DefaultValue("PT10S") Duration timeout,
        @NotNull @DefaultValue("PT5S") Duration backoff,
        @NotNull @DefaultValue("PT1H") Duration maxBackoff,
        @Min(1) @DefaultValue("12") int maxAttempts,
        @NotNull @DefaultValue("P7D") Duration retention,
        @DefaultValue("false") boolean allowPrivate) {

    /** The wait after the {@code attempts}-th failure: the first backoff, doubled each time, at most the maximum. */
    Duration backoffAfter(int attempts) {
        Duration wait = backoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /**
     * The relay runs with the deadline scheduler, under the same switches: {@code doorman.scheduler.enabled} (whether
     * this process delivers webhooks at all) and {@code doorman.scheduler.batch-size} (how many deliveries one claim
     * takes). Bound here as well, so that webhooks need nothing of the requests capability.
     */
    @Validated
    @ConfigurationProperties("doorman.scheduler")
    record Relay(
            @DefaultValue("true") boolean enabled,
            @Min(1) @Max(1000) @DefaultValue("50") int batchSize) {}
}
