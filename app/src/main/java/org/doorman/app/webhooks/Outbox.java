package org.doorman.app.webhooks;

import java.time.Instant;
import java.util.Map;
import org.doorman.core.lifecycle.Audience;
import org.doorman.core.lifecycle.EventType;
import org.doorman.core.lifecycle.MemberId;

/**
 * Webhook events waiting to be delivered, written in the transaction of the change they announce; every webhook
 * registered at that time gets the event. The payload:
 *
 * <pre>{"id": "evt_...", "type": "request.decided", "createdAt": "2026-03-02T09:00:00Z",
 *  "audience": "recipient", "memberId": "&lt;whose side&gt;", "data": {"requestId": ..., ...}}</pre>
 */
public interface Outbox {

    /** Queues the event, due from {@code dueAt}; answers the event's id. */
    String emit(EventType type, Audience audience, MemberId memberId, Map<String, ?> data, Instant now, Instant dueAt);
}
