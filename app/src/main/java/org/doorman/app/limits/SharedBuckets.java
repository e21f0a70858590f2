package org.doorman.app.limits;

import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets in PostgreSQL's {@code rate_limit_buckets} table (Bucket4j's PostgreSQL integration, a row per bucket taken
 * with {@code SELECT ... FOR UPDATE}), so that every process on the database takes from the same bucket. It has a
 * small pool of its own: a limit is checked on the primary even when reads go to a replica, and never waits for a
 * connection of the requests it stands in front of. While the table cannot be reached, each process limits on its
 * own. A bucket's row expires once the bucket would be full again, and expired rows are removed now and then.
 */
final class SharedBuckets implements Buckets {

    private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);

    private final HikariDataSource pool;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Buckets fallback;
    private final ScheduledExecutorService cleaner = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("rate-limit-cleaner").daemon().factory());

    SharedBuckets(HikariDataSource pool, Buckets fallback) {
        this.pool = pool;
        this.fallback = fallback;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(pool)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        cleaner.scheduleWithFixedDelay(this::removeExpired, 10, 10, TimeUnit.MINUTES);
    }

    @Override
    public Optional<Duration> take(String key, LimitSettings.Limit limit) {
        try {
            return Buckets.waitOf(buckets.builder()
                    .build(key, () -> Buckets.configuration(limit))
                    .tryConsumeAndReturnRemaining(1));
        } catch (RuntimeException e) {
            log.warn("Rate limits cannot reach the database, limiting in this process: {}", e.getMessage());
            return fallback.take(key, limit);
        }
    }

    private void removeExpired() {
        try {
            while (buckets.removeExpired(1000) == 1000) {
                // more to remove
            }
        } catch (RuntimeException e) {
            log.warn("Could not remove expired rate-limit buckets: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        cleaner.shutdownNow();
        pool.close();
    }
}
