package org.doorman.app.meetings;

import java.time.Instant;
import java.util.Optional;
import org.doorman.app.events.EventId;
import org.doorman.core.lifecycle.MemberId;

/**
 * Meetings in person between two members, as recorded by either of them or as attendance of the same event. Calls
 * join the caller's transaction.
 */
public interface Meetings {

    /**
     * How many times the two members met in person, whoever recorded it: every event both attended or a meeting was
     * recorded at counts once, every other recorded meeting counts once per point in time (so both sides recording
     * it count once). Each side's records are claims; to decide for a member, use {@link #countRecognizedBy}.
     */
    int countBetween(MemberId a, MemberId b);

    /**
     * How many times {@code memberId} met {@code otherId} as {@code memberId} sees it: the meetings they recorded
     * themselves and the events both attended, each occasion once. Decisions on the member's behalf use this count,
     * so that a requester cannot record meetings the member never had and talk their way past the member's strategy.
     */
    int countRecognizedBy(MemberId memberId, MemberId otherId);

    /**
     * As {@link #countRecognizedBy(MemberId, MemberId)}, counting only occasions after {@code after} (a silent removal
     * wipes out what came before it), and with {@code confirmedAttendanceOnly} only events at which the organiser
     * confirmed both attendances.
     */
    int countRecognizedBy(
            MemberId memberId, MemberId otherId, Optional<Instant> after, boolean confirmedAttendanceOnly);
    /** Whether the member said they attended the event. */
    boolean attended(EventId eventId, MemberId memberId);

    /** When the two members last met, if ever. */
    Optional<Instant> lastBetween(MemberId a, MemberId b);
}
