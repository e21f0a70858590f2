package org.doorman.app.api;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be used just now (gone, unreachable, or its write lock held by another
 * process past the busy timeout), so that the caller is told 503 and to come back, rather than a 500.
 */
final class DatabaseUnavailable {

    /** SQLite's result codes for a database (or table) that another connection has locked. */
    private static final int SQLITE_BUSY = 5;

    private static final int SQLITE_LOCKED = 6;

    private static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {}

    static long retryAfterSeconds() {
        return RETRY_AFTER_SECONDS;
    }

    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException sql) {
        String state = sql.getSQLState();
        // Class 08 is a connection exception in every SQL dialect; 57P01-57P03: PostgreSQL shutting down or starting.
        if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
            return true;
        }
        boolean sqlite = sql.getClass().getName().startsWith("org.sqlite.");
        int code = sql.getErrorCode() & 0xff; // extended result codes keep the primary code in the low byte
        return sqlite && (code == SQLITE_BUSY || code == SQLITE_LOCKED);
    }
}
