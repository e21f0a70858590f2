package org.doorman.app.webhooks;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.doorman.core.lifecycle.Audience;
import org.doorman.core.lifecycle.EventType;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;

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

    /**
     * Forgets every event not yet delivered whose payload names the member or one of the requests, with their names and
     * texts: the outbox's part of erasing a member (GDPR article 17).
     */
    void forget(MemberId memberId, Collection<RequestId> requests);
}
