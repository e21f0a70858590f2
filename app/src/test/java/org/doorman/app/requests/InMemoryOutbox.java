package org.doorman.app.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.doorman.app.webhooks.Outbox;
import org.doorman.core.lifecycle.Audience;
import org.doorman.core.lifecycle.EventType;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;

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

    @Override
    public synchronized void forget(MemberId memberId, Collection<RequestId> requests) {
        var ids = requests.stream().map(RequestId::value).toList();
        events.removeIf(
                e -> e.memberId().equals(memberId) || ids.contains(e.data().get("requestId")));
    }

    /** The events about one request, in the order they were emitted. */
    synchronized List<Event> about(String requestId) {
        return events.stream()
                .filter(e -> requestId.equals(e.data().get("requestId")))
                .toList();
    }
}
