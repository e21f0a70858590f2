package org.doorman.app.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.doorman.app.testing.Databases;
import org.junit.jupiter.api.AfterEach;

/**
 * A SQLite file cannot go away while Doorman has it open; the closest real outage is another process holding the
 * write lock past Doorman's busy timeout (a long {@code sqlite3} session, a backup tool). Reads go on meanwhile, so
 * health stays up.
 */
class DatabaseOutageOnSqliteIntegrationTests extends DatabaseOutageIntegrationTests {

    private final String url = Databases.freshSqliteUrl();
    private Connection lockHolder;

    @Override
    String databaseUrlForDoorman() {
        return url;
    }

    @Override
    String databaseUrlForTheTest() {
        return url;
    }

    @Override
    List<String> settings() {
        return List.of("--doorman.sqlite.busy-timeout=1s");
    }

    @Override
    void beginOutage() throws Exception {
        lockHolder = DriverManager.getConnection(url);
        try (var statement = lockHolder.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            statement.execute("UPDATE members SET name = name WHERE 1 = 0");
        }
    }

    @Override
    void endOutage() throws Exception {
        try (var statement = lockHolder.createStatement()) {
            statement.execute("ROLLBACK");
        }
        lockHolder.close();
        lockHolder = null;
    }

    @Override
    boolean healthSeesTheOutage() {
        return false;
    }

    @AfterEach
    void releaseTheLock() throws Exception {
        if (lockHolder != null) {
            lockHolder.close();
        }
    }
}
