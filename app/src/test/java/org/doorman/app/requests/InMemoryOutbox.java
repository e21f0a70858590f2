package org.doorman.app.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorman.app.webhooks.Outbox;
import org.doorman.core.lifecycle.Audience;
import org.doorman.core.lifecycle.EventType;
import org.doorman.core.lifecycle.MemberId;

/** {@link Outbox} in memory: every event emitted, as if one webhook were registered. */
final class InMemoryOutbox implements Outbox {

    record Event(EventType type, Audience audience, MemberId memberId, Map<String, ?> data, Instant dueAt) {}

    private final List<Event> events = new ArrayList<>();

    @Override
    public synchronized String emit(
            EventType type, Audience audience, MemberId memberId, Map<String, ?> data, Instant now, Instant dueAt) {
        events.add(new Event(type, audience, memberId, Map.copyOf(data), dueAt));
        return "evt_" + events.size();
    }

    /** The events about one request, in the order they were emitted. */
    synchronized List<Event> about(String requestId) {
        return events.stream()
                .filter(e -> requestId.equals(e.data().get("requestId")))
                .toList();
    }
}
