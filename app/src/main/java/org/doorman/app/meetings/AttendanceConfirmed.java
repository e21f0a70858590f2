package org.doorman.app.meetings;

import java.util.List;
import java.util.Objects;

/**
 * The organiser confirmed who attended an official event: every two of {@code memberIds} met there. Published after
 * the transaction that stored it committed.
 */
public record AttendanceConfirmed(String eventId, List<String> memberIds) {
    public AttendanceConfirmed {
        Objects.requireNonNull(eventId, "eventId");
        memberIds = List.copyOf(memberIds);
    }
}
