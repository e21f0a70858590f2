package org.doorman.app.events;

import org.doorman.core.lifecycle.Ids;

/** The opaque id of an event of the network ({@code ev_…}). */
public record EventId(String value) {
    public EventId {
        Ids.require(value, "event id");
    }

    /** The id a caller sent, or empty when it cannot be one: answer that as an event nobody announced. */
    public static java.util.Optional<EventId> fromCaller(String text) {
        return org.doorman.app.ids.Ids.fromCaller(text, EventId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
