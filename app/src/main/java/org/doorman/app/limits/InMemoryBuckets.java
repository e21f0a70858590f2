package org.doorman.app.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;

/**
 * Buckets in this process only: right for SQLite, where one process serves. Beyond {@code keys} buckets the least
 * used are dropped; a dropped bucket starts full again.
 */
final class InMemoryBuckets implements Buckets {

    private final Cache<String, Bucket> buckets;

    InMemoryBuckets(int keys) {
        this.buckets = Caffeine.newBuilder().maximumSize(keys).build();
    }

    @Override
    public Optional<Duration> take(String key, LimitSettings.Limit limit) {
        Bucket bucket = buckets.get(
                key,
                ignored -> Bucket.builder()
                        .addLimit(Buckets.configuration(limit).getBandwidths()[0])
                        .build());
        return Buckets.waitOf(bucket.tryConsumeAndReturnRemaining(1));
    }
}
