package org.doorman.app.events;

import java.time.Instant;
import java.util.Optional;

/** The network's events, where members meet in person. Calls join the caller's transaction. */
public interface Events {

    /** The first official event that starts at or after {@code now}, if one is planned. */
    Optional<EventView> nextOfficial(Instant now);

    /** The official events that start between {@code from} (inclusive) and {@code to}, soonest first. */
    java.util.List<EventView> official(Instant from, Instant to);

    /** The event with this id, if there is one. */
    Optional<EventView> find(EventId eventId);
}
