package org.doorman.app.meetings;

import java.time.Instant;
import java.util.Optional;

/** A meeting in person that {@code memberId} recorded with {@code otherId}, optionally at an event. */
public record Meeting(
        String id, String memberId, String otherId, Instant at, Optional<String> eventId, Instant recordedAt) {}
