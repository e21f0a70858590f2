package org.doorman.app.events;

import java.time.Instant;
import java.util.Objects;

/** An event as other packages and the API see it; {@code location} is empty when not given. */
public record EventView(String id, String title, Instant startsAt, String location) {
    public EventView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startsAt, "startsAt");
        location = location == null ? "" : location;
    }
}
