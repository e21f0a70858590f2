package org.doorman.app.events;

import java.time.Instant;

/** A stored event with whether the network runs it officially. */
record Event(String id, String title, Instant startsAt, String location, boolean official) {

    Event {
        location = location == null ? "" : location;
    }

    EventView view() {
        return new EventView(id, title, startsAt, location);
    }
}
