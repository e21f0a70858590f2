package org.doorman.app.requests;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doorman.core.lifecycle.Audience;
import org.doorman.core.lifecycle.EventType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends webhook events to the outbox in the caller's transaction: one row per registered webhook (kind = the event
 * type, target = the webhook's id), all sharing the event's id, delivered by {@link OutboxRelay} from {@code dueAt} on. The payload:
 *
 * <pre>{"id": "evt_...", "type": "request.decided", "createdAt": "2026-03-02T09:00:00Z",
 *  "audience": "recipient", "memberId": "&lt;whose side&gt;", "data": {"requestId": ..., ...}}</pre>
 */
@Repository
class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Outbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Returns the event's id; nothing is stored when no webhook is registered. */
    String emit(EventType type, Audience audience, String memberId, Map<String, ?> data, Instant now, Instant dueAt) {
        String eventId = NewIds.next("evt", now.toEpochMilli());
        var payload = new LinkedHashMap<String, Object>();
        payload.put("id", eventId);
        payload.put("type", type.wireName());
        payload.put("createdAt", now.toString());
        payload.put("audience", audience.wireName());
        payload.put("memberId", memberId);
        payload.put("data", data);
        String body = json.writeValueAsString(payload);
        var hooks = jdbc.sql("SELECT id FROM webhooks ORDER BY id")
                .query(String.class)
                .list();
        for (String hook : hooks) {
            jdbc.sql("""
                            INSERT INTO outbox (id, kind, target, payload, created_at, due_at, attempts, event_id)
                            VALUES (?, ?, ?, ?, ?, ?, 0, ?)""")
                    .params(
                            NewIds.next("out", now.toEpochMilli()),
                            type.wireName(),
                            hook,
                            body,
                            now.toEpochMilli(),
                            dueAt.toEpochMilli(),
                            eventId)
                    .update();
        }
        return eventId;
    }

    /** How many deliveries are neither delivered nor given up (on the index of undelivered rows). */
    long backlog() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND gave_up_at IS NULL")
                .query(Long.class)
                .single();
    }
}
