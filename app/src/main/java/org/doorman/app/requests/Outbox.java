package org.doorman.app.requests;

import java.time.Instant;
import java.util.Map;
import org.doorman.core.lifecycle.Audience;
import org.doorman.core.lifecycle.EventType;

/**
 * Webhook events waiting to be delivered, written in the transaction of the change they announce. The payload:
 *
 * <pre>{"id": "evt_...", "type": "request.decided", "createdAt": "2026-03-02T09:00:00Z",
 *  "audience": "recipient", "memberId": "&lt;whose side&gt;", "data": {"requestId": ..., ...}}</pre>
 */
interface Outbox {

    /** Queues the event for every registered webhook, due from {@code dueAt}; answers the event's id. */
    String emit(EventType type, Audience audience, String memberId, Map<String, ?> data, Instant now, Instant dueAt);

    /** How many deliveries are neither delivered nor given up. */
    long backlog();
}
