package org.doorman.app.events;

import java.time.Instant;
import java.util.Optional;

/** The network's events, where members meet in person. Calls join the caller's transaction. */
public interface Events {

    /** The first official event that starts at or after {@code now}, if one is planned. */
    Optional<EventView> nextOfficial(Instant now);

    /** The event with this id, if there is one. */
    Optional<EventView> find(String eventId);
}
