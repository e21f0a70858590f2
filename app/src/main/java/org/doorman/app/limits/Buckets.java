package org.doorman.app.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;

/** Where the token buckets live: in this process, or in the database all processes share. */
interface Buckets extends AutoCloseable {

    /** Takes one call from the bucket under this key; empty when allowed, else how long until the next call is. */
    Optional<Duration> take(String key, LimitSettings.Limit limit);

    /**
     * The whole capacity comes back at the end of each period (not a call at a time during it), so a limit means
     * exactly "so many per period" however fast the calls come.
     */
    /** Lets go of what the buckets hold outside the process. */
    @Override
    default void close() {}

    static BucketConfiguration configuration(LimitSettings.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.capacity())
                        .refillIntervally(limit.capacity(), limit.period())
                        .build())
                .build();
    }

    static Optional<Duration> waitOf(ConsumptionProbe probe) {
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
