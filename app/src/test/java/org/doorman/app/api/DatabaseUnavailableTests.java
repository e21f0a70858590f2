package org.doorman.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.UncategorizedSQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class DatabaseUnavailableTests {

    @Test
    void sqlitesLockHeldPastTheBusyTimeoutIsUnavailableEvenThoughSpringLeavesItUncategorized() {
        var busy = new SQLiteException("database is locked", SQLiteErrorCode.SQLITE_BUSY);

        assertThat(DatabaseUnavailable.isCause(new UncategorizedSQLException("insert", "INSERT ...", busy)))
                .isTrue();
    }

    @Test
    void aConnectionExceptionIsUnavailable() {
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("I/O error", "08006"))))
                .isTrue();
    }

    @Test
    void aConstraintViolationIsNot() {
        var unique = new SQLiteException("UNIQUE constraint failed", SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE);

        assertThat(DatabaseUnavailable.isCause(new UncategorizedSQLException("insert", "INSERT ...", unique)))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("duplicate key", "23505")))
                .isFalse();
    }
}
