package org.doorman.app.limits;

import java.time.Duration;
import java.util.Optional;

/** Bucket4j token buckets per kind and caller, shared by all processes on PostgreSQL, per process on SQLite. */
class RateLimiter {

    private final LimitSettings settings;
    private final Buckets buckets;

    RateLimiter(LimitSettings settings, Buckets buckets) {
        this.settings = settings;
        this.buckets = buckets;
    }

    /** Takes one call from the caller's bucket; empty when allowed, else how long until the next call is. */
    Optional<Duration> take(Kind kind, String caller) {
        return buckets.take(kind.name() + ":" + caller, settings.of(kind));
    }
}
