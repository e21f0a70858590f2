package org.doorman.app.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Bucket4j token buckets per kind and caller, in memory (each instance limits on its own). The least recently seen
 * callers' buckets are dropped beyond {@code doorman.limits.keys}: a dropped bucket starts full again.
 */
@Component
class RateLimiter {

    private final LimitSettings settings;
    private final Map<String, Bucket> buckets;

    RateLimiter(LimitSettings settings) {
        this.settings = settings;
        int keys = settings.keys();
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > keys;
            }
        };
    }

    /** Takes one call from the caller's bucket; empty when allowed, else how long until the next call is. */
    Optional<Duration> take(Kind kind, String caller) {
        var probe = bucket(kind, caller).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket bucket(Kind kind, String caller) {
        String key = kind.name() + ":" + caller;
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, ignored -> newBucket(settings.of(kind)));
        }
    }

    /**
     * The whole capacity comes back at the end of each period (not a call at a time during it), so a limit means
     * exactly "so many per period" however fast the calls come.
     */
    private static Bucket newBucket(LimitSettings.Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.capacity())
                        .refillIntervally(limit.capacity(), limit.period())
                        .build())
                .build();
    }
}
