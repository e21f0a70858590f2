package org.doorman.app.events;

import java.time.Instant;
import org.doorman.app.ids.Ids;
import org.springframework.stereotype.Service;

/**
 * Where events are announced: by the operator through the API, and by the demo, whose events of past weeks are
 * announced with the rest of its history. Events do not change once announced.
 */
@Service
public class EventBoard {

    private final JdbcEvents events;

    EventBoard(JdbcEvents events) {
        this.events = events;
    }

    /** Announces an event that runs from {@code startsAt} to {@code endsAt}; {@code location} may be empty. */
    public EventView announce(String title, Instant startsAt, Instant endsAt, String location, boolean official) {
        var event = new EventView(Ids.next("ev"), title, startsAt, location, official, endsAt);
        events.add(event);
        return event;
    }
}
