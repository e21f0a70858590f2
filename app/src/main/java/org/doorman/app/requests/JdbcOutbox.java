package org.doorman.app.requests;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doorman.app.ids.Ids;
import org.doorman.core.lifecycle.Audience;
import org.doorman.core.lifecycle.EventType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox in the database, written in the caller's transaction: one row per registered webhook (kind = the event
 * type, target = the webhook's id), all sharing the event's id, delivered by {@link OutboxRelay} from {@code dueAt} on.
 */
@Repository
class JdbcOutbox implements Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcOutbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String emit(
            EventType type, Audience audience, String memberId, Map<String, ?> data, Instant now, Instant dueAt) {
        String eventId = Ids.next("evt");
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
                            Ids.next("out"),
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

    @Override
    public long backlog() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND gave_up_at IS NULL")
                .query(Long.class)
                .single();
    }
}
