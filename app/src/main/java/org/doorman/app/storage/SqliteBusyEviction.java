package org.doorman.app.storage;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Closes a SQLite connection that met another process's lock past the busy timeout instead of handing it out again: a
 * {@code BEGIN IMMEDIATE} that failed leaves the driver believing a transaction is open, so the next caller's writes
 * would run outside any transaction and its commit fail.
 */
final class SqliteBusyEviction implements SQLExceptionOverride {

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        int code = e.getErrorCode() & 0xff; // extended result codes keep the primary code in the low byte
        return code == SQLITE_BUSY || code == SQLITE_LOCKED ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
