package org.doorman.batch.linkedin;

/** The file is no LinkedIn data export Doorman can read; the message says why, in words for the member. */
public final class UnreadableExport extends RuntimeException {

    UnreadableExport(String message) {
        super(message);
    }

    UnreadableExport(String message, Throwable cause) {
        super(message, cause);
    }
}
