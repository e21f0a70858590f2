package org.doorman.app.digest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The digest's settings ({@code doorman.digest.*}). The digest is sent only when {@code spring.mail.host} is set.
 *
 * @param enabled whether this process sends digests at all (true)
 * @param pollInterval how often due digests are looked for (PT1M)
 * @param from the sender address of the e-mails (doorman@localhost)
 * @param defaultFrequency {@code daily}, {@code weekly} or {@code never} for members who chose nothing (daily)
 * @param defaultTime the local time of day for members who chose nothing (08:00)
 * @param defaultTimeZone the time zone for members who chose nothing (Europe/Berlin)
 * @param backoff the wait after the first failed send, doubled on each further failure up to {@code maxBackoff}
 * @param maxAttempts after so many failures this digest is given up and the next one is planned
 * @param unsubscribeKey the key that signs the one-click unsubscribe links; empty: one is made once and kept in the
 *     database, shared by every process
 */
@Validated
@ConfigurationProperties("doorman.digest")
record DigestSettings(
        @DefaultValue("true") boolean enabled,
        @NotNull @DefaultValue("PT1M") Duration pollInterval,
        @NotBlank @DefaultValue("doorman@localhost") String from,
        @NotBlank @DefaultValue("daily") String defaultFrequency,
        @NotBlank @DefaultValue("08:00") String defaultTime,
        @NotBlank @DefaultValue("Europe/Berlin") String defaultTimeZone,
        @NotNull @DefaultValue("PT1M") Duration backoff,
        @NotNull @DefaultValue("PT1H") Duration maxBackoff,
        @Min(1) @DefaultValue("6") int maxAttempts,
        @DefaultValue("") String unsubscribeKey) {

    DigestSchedule defaults() {
        return DigestSchedule.parse(defaultFrequency, defaultTime, defaultTimeZone, null);
    }

    /** The wait after the {@code attempts}-th failure: the first backoff, doubled each time, at most the maximum. */
    Duration backoffAfter(int attempts) {
        Duration wait = backoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
