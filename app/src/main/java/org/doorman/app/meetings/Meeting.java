package org.doorman.app.meetings;

import java.time.Instant;
import java.util.Optional;
import org.doorman.app.events.EventId;
import org.doorman.core.lifecycle.MemberId;

/** A meeting in person that {@code memberId} recorded with {@code otherId}, optionally at an event. */
public record Meeting(
        String id, MemberId memberId, MemberId otherId, Instant at, Optional<EventId> eventId, Instant recordedAt) {}
