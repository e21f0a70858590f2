package org.doorman.app.meetings;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/** Opaque ids that sort by creation time: {@code mt_}, the millisecond in hex, then 64 random bits. */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    static String next(Instant now) {
        return "mt_" + String.format("%012x", now.toEpochMilli())
                + HexFormat.of().toHexDigits(RANDOM.nextLong());
    }
}
