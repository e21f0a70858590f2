package org.doorman.core.lifecycle;

import java.time.Instant;
import java.util.Objects;

/** The network's next official event, proposed to a requester under a meet-in-person policy. */
public record UpcomingEvent(String title, Instant startsAt, String location) {
    public UpcomingEvent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startsAt, "startsAt");
        location = location == null ? "" : location;
    }
}
