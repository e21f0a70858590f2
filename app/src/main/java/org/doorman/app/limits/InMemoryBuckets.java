package org.doorman.app.limits;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Buckets in this process only: right for SQLite, where one process serves. Beyond {@code keys} buckets the least
 * recently seen are dropped; a dropped bucket starts full again.
 */
final class InMemoryBuckets implements Buckets {

    private final Map<String, Bucket> buckets;

    InMemoryBuckets(int keys) {
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > keys;
            }
        };
    }

    @Override
    public Optional<Duration> take(String key, LimitSettings.Limit limit) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(
                    key,
                    ignored -> Bucket.builder()
                            .addLimit(Buckets.configuration(limit).getBandwidths()[0])
                            .build());
        }
        return Buckets.waitOf(bucket.tryConsumeAndReturnRemaining(1));
    }
}
