package org.doorman.app.meetings;

import java.time.Instant;
import java.util.Objects;
import org.doorman.core.lifecycle.MemberId;

/**
 * Published as a Spring application event after the transaction that recorded a meeting in person between the two
 * members committed (a recorded meeting, or both attending the same event). Listeners may count again with
 * {@link Meetings#countRecognizedBy}; {@code at} is when they met.
 */
public record MeetingRecorded(MemberId memberId, MemberId otherId, Instant at) {
    public MeetingRecorded {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(otherId, "otherId");
        Objects.requireNonNull(at, "at");
    }
}
