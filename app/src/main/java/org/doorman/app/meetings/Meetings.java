package org.doorman.app.meetings;

import java.time.Instant;
import java.util.Optional;

/**
 * Meetings in person between two members, as recorded by either of them or as attendance of the same event. Calls
 * join the caller's transaction.
 */
public interface Meetings {

    /**
     * How many times the two members met in person: every event both attended or a meeting was recorded at counts
     * once, every other recorded meeting counts once per point in time (so both sides recording it count once).
     */
    int countBetween(String a, String b);

    /** When the two members last met, if ever. */
    Optional<Instant> lastBetween(String a, String b);
}
