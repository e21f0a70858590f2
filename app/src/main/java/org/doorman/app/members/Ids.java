package org.doorman.app.members;

import java.security.SecureRandom;

/** Opaque, time-ordered ids: a prefix, 48 bits of epoch milliseconds and 80 random bits in Crockford base32. */
final class Ids {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    /** Whether {@code id} could be stored at all: not null, no NUL, no longer than the id columns (40). */
    static boolean plausible(String id) {
        return id != null && id.length() <= 40 && id.indexOf('\0') < 0;
    }

    static String next(String prefix, long epochMillis) {
        var id = new StringBuilder(prefix.length() + 27).append(prefix).append('_');
        for (int shift = 45; shift >= 0; shift -= 5) {
            id.append(ALPHABET[(int) ((epochMillis >>> shift) & 31)]);
        }
        for (int i = 0; i < 16; i++) {
            id.append(ALPHABET[RANDOM.nextInt(32)]);
        }
        return id.toString();
    }
}
