package org.doorman.app.storage;

/** The database cannot be reached or created; reported as one line by {@link DatabaseUnreachableReporter}. */
final class UnreachableDatabase extends RuntimeException {

    UnreachableDatabase(String message, Throwable cause) {
        super(message, cause);
    }
}
