package org.doorman.app.events;

import java.time.Instant;

/** A stored event with whether the network runs it officially; it ends a day after it starts unless told. */
record Event(String id, String title, Instant startsAt, String location, boolean official, Instant endsAt) {

    Event {
        location = location == null ? "" : location;
        endsAt = endsAt == null ? startsAt.plus(EventView.DEFAULT_LENGTH) : endsAt;
    }

    Event(String id, String title, Instant startsAt, String location, boolean official) {
        this(id, title, startsAt, location, official, null);
    }

    EventView view() {
        return new EventView(id, title, startsAt, location, endsAt);
    }
}
