package org.doorman.app.storage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Doorman uses a SQLite file: its pool size and how long a writer waits for the one write lock.
 *
 * @param poolSize connections in the pool; SQLite has one writer at a time, so a few suffice
 * @param busyTimeout how long a transaction waits for the write lock before it fails
 */
@ConfigurationProperties("doorman.sqlite")
record SqliteSettings(
        @DefaultValue("4") int poolSize,
        @DefaultValue("30s") Duration busyTimeout) {}
