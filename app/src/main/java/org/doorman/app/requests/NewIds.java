package org.doorman.app.requests;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Opaque, time-ordered ids: a prefix, 48 bits of epoch milliseconds and 80 random bits in Crockford base32. Within one
 * millisecond the random part counts up, so that ids made one after the other in this process sort in that order
 * (the audit trail of a transition keeps its steps in order).
 */
final class NewIds {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BigInteger RANDOM_RANGE = BigInteger.ONE.shiftLeft(80);

    private static long lastMillis = -1;
    private static BigInteger lastRandom = BigInteger.ZERO;

    private NewIds() {}

    static String next(String prefix, long epochMillis) {
        long millis;
        BigInteger random;
        synchronized (NewIds.class) {
            if (epochMillis <= lastMillis && lastRandom.add(BigInteger.ONE).compareTo(RANDOM_RANGE) < 0) {
                millis = lastMillis;
                random = lastRandom.add(BigInteger.ONE);
            } else {
                millis = Math.max(epochMillis, lastMillis);
                // leave room to count up within the millisecond
                random = new BigInteger(79, RANDOM);
            }
            lastMillis = millis;
            lastRandom = random;
        }
        var id = new StringBuilder(prefix.length() + 27).append(prefix).append('_');
        for (int shift = 45; shift >= 0; shift -= 5) {
            id.append(ALPHABET[(int) ((millis >>> shift) & 31)]);
        }
        for (int shift = 75; shift >= 0; shift -= 5) {
            id.append(ALPHABET[random.shiftRight(shift).intValue() & 31]);
        }
        return id.toString();
    }
}
