package org.doorman.app.replica;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An optional PostgreSQL streaming replica for the inbox and request-page reads; without a URL all reads stay on the
 * primary.
 *
 * @param url the replica's JDBC URL, e.g. {@code jdbc:postgresql://replica:5432/doorman}
 * @param username the replica's user (the primary's when not given)
 * @param password the replica's password (the primary's when not given)
 * @param readYourWrites how long a member who just wrote reads from the primary, so that they see their own write
 * @param poolSize connections to the replica
 */
@ConfigurationProperties("doorman.datasource.replica")
public record ReplicaSettings(
        String url,
        String username,
        String password,
        @DefaultValue("PT5S") Duration readYourWrites,
        @DefaultValue("10") int poolSize) {

    public ReplicaSettings {
        if (readYourWrites != null && readYourWrites.isNegative()) {
            throw new IllegalArgumentException("doorman.datasource.replica.read-your-writes cannot be negative");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("doorman.datasource.replica.pool-size is at least 1");
        }
    }

    boolean configured() {
        return url != null && !url.isBlank();
    }
}
