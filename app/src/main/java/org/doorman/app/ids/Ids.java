package org.doorman.app.ids;

import com.github.f4b6a3.uuid.UuidCreator;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.doorman.core.lifecycle.MemberId;

/**
 * The one source of new ids: a prefix that names the kind ({@code req}, {@code m}, {@code wh} …), then a UUIDv7 in 26
 * characters of Crockford base32. Ids made one after the other in this process sort in that order, also within one
 * millisecond (the audit trail keeps a transition's steps in order by them).
 */
public final class Ids {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

    private Ids() {}

    /** A new id such as {@code req_01jf3x…}. */
    public static String next(String prefix) {
        return prefix + '_' + encode(UuidCreator.getTimeOrderedEpochPlus1());
    }

    /** Whether {@code id} could be stored at all: not null, no NUL, no longer than the id columns (40). */
    public static boolean plausible(String id) {
        return id != null && id.length() <= 40 && id.indexOf('\0') < 0;
    }

    /**
     * The id a caller sent (in a path, a query or a body), typed by {@code type}; empty when it cannot be an id at all
     * (blank, a NUL, longer than 40), which callers answer exactly as they answer an id nobody has.
     */
    public static <T> Optional<T> fromCaller(String text, Function<String, T> type) {
        return plausible(text) && !text.isBlank() ? Optional.of(type.apply(text)) : Optional.empty();
    }

    /** A member id from a caller, as {@link #fromCaller}. */
    public static Optional<MemberId> member(String text) {
        return fromCaller(text, MemberId::new);
    }

    private static String encode(UUID uuid) {
        long high = uuid.getMostSignificantBits();
        long low = uuid.getLeastSignificantBits();
        var text = new char[26];
        // 130 bits of room for 128: the first character carries the top 3 bits, each other one 5
        for (int i = 25; i >= 0; i--) {
            text[i] = ALPHABET[(int) (low & 31)];
            low = (low >>> 5) | (high << 59);
            high >>>= 5;
        }
        return new String(text);
    }
}
