package org.doorman.app.events;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An event as other packages and the API see it, with whether the network runs it officially (only official events
 * count as meetings); {@code location} is empty when not given. Attendance is marked between {@code startsAt} and
 * {@code endsAt}. Events do not change once announced.
 */
@Schema(name = "Event")
public record EventView(String id, String title, Instant startsAt, String location, boolean official, Instant endsAt) {

    /** How long an event lasts when no end is given. */
    public static final Duration DEFAULT_LENGTH = Duration.ofDays(1);

    public EventView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startsAt, "startsAt");
        location = location == null ? "" : location;
        endsAt = endsAt == null ? startsAt.plus(DEFAULT_LENGTH) : endsAt;
    }

    /** An event that ends a day after it starts. */
    public EventView(String id, String title, Instant startsAt, String location, boolean official) {
        this(id, title, startsAt, location, official, null);
    }

    /** An official event that ends a day after it starts. */
    public EventView(String id, String title, Instant startsAt, String location) {
        this(id, title, startsAt, location, true);
    }
}
