package org.doorman.app.meetings;

import java.util.List;
import java.util.Objects;
import org.doorman.app.events.EventId;
import org.doorman.core.lifecycle.MemberId;

/**
 * The organiser confirmed who attended an official event: every two of {@code memberIds} met there. Published after
 * the transaction that stored it committed.
 */
public record AttendanceConfirmed(EventId eventId, List<MemberId> memberIds) {
    public AttendanceConfirmed {
        Objects.requireNonNull(eventId, "eventId");
        memberIds = List.copyOf(memberIds);
    }
}
