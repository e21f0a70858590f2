package org.doorman.app.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorman.app.ids.Ids;
import org.doorman.app.storage.Dialect;
import org.doorman.core.lifecycle.Audience;
import org.doorman.core.lifecycle.EventType;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox in the database. {@link #emit} writes one {@code webhook_events} row in the caller's transaction and
 * reads nothing; {@link #fanOut} (the relay, in a transaction of its own) turns each waiting event into one
 * {@code outbox} row per webhook registered when it happened (kind = the event type, target = the webhook's id, all
 * sharing the event's id): the deliveries that {@link OutboxRelay} claims and posts.
 */
@Repository
class JdbcOutbox implements Outbox {

    private record WaitingEvent(String id, String kind, String payload, long createdAt, long dueAt, long emittedAt) {}

    private record Hook(String id, long createdAt) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Dialect dialect;
    private final Clock clock;

    JdbcOutbox(JdbcClient jdbc, JsonMapper json, Dialect dialect, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.dialect = dialect;
        this.clock = clock;
    }

    @Override
    public String emit(
            EventType type, Audience audience, MemberId memberId, Map<String, ?> data, Instant now, Instant dueAt) {
        String eventId = Ids.next("evt");
        var payload = new LinkedHashMap<String, Object>();
        payload.put("id", eventId);
        payload.put("type", type.wireName());
        payload.put("createdAt", now.toString());
        payload.put("audience", audience.wireName());
        payload.put("memberId", memberId.value());
        payload.put("data", data);
        // emitted_at by the clock that dates the webhooks: the event goes to those registered before it was written,
        // also when the change it announces is dated otherwise (a deadline acted on late, a test's later time)
        jdbc.sql("INSERT INTO webhook_events (id, kind, payload, created_at, due_at, emitted_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        eventId,
                        type.wireName(),
                        json.writeValueAsString(payload),
                        now.toEpochMilli(),
                        dueAt.toEpochMilli(),
                        clock.millis())
                .update();
        return eventId;
    }

    @Override
    public void forget(MemberId memberId, Collection<RequestId> requests) {
        forgetNaming(memberId.value());
        requests.forEach(request -> forgetNaming(request.value()));
    }

    private void forgetNaming(String id) {
        String naming = "%\"" + id + "\"%";
        jdbc.sql("DELETE FROM outbox WHERE payload LIKE ?").param(naming).update();
        jdbc.sql("DELETE FROM webhook_events WHERE payload LIKE ?")
                .param(naming)
                .update();
    }

    /**
     * Fans out up to {@code limit} waiting events, oldest first, in the caller's transaction (claimed with
     * {@code FOR UPDATE SKIP LOCKED} on PostgreSQL, so that one process fans out each); answers how many.
     */
    int fanOut(int limit, Instant now) {
        var events = jdbc.sql("""
                        SELECT id, kind, payload, created_at, due_at, emitted_at FROM webhook_events
                        WHERE fanned_out_at IS NULL ORDER BY created_at, id LIMIT ?""" + dialect.skipLocked())
                .param(limit)
                .query((rs, row) -> new WaitingEvent(
                        rs.getString("id"),
                        rs.getString("kind"),
                        rs.getString("payload"),
                        rs.getLong("created_at"),
                        rs.getLong("due_at"),
                        rs.getLong("emitted_at")))
                .list();
        if (events.isEmpty()) {
            return 0;
        }
        List<Hook> hooks = jdbc.sql("SELECT id, created_at FROM webhooks")
                .query((rs, row) -> new Hook(rs.getString("id"), rs.getLong("created_at")))
                .list();
        for (var event : events) {
            for (var hook : hooks) {
                if (hook.createdAt() <= event.emittedAt()) {
                    jdbc.sql("""
                                    INSERT INTO outbox (id, kind, target, payload, created_at, due_at, attempts, event_id)
                                    VALUES (?, ?, ?, ?, ?, ?, 0, ?)""")
                            .params(
                                    Ids.next("out"),
                                    event.kind(),
                                    hook.id(),
                                    event.payload(),
                                    event.createdAt(),
                                    event.dueAt(),
                                    event.id())
                            .update();
                }
            }
            jdbc.sql("UPDATE webhook_events SET fanned_out_at = ? WHERE id = ?")
                    .params(now.toEpochMilli(), event.id())
                    .update();
        }
        return events.size();
    }

    /** Deliveries neither delivered nor given up, and events not yet fanned out. */
    long backlog() {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND gave_up_at IS NULL)
                        + (SELECT COUNT(*) FROM webhook_events WHERE fanned_out_at IS NULL)""").query(Long.class).single();
    }

    /** Deletes what was delivered, and events fanned out, before {@code before}: kept a while to look into. */
    void forget(Instant before) {
        jdbc.sql("DELETE FROM outbox WHERE delivered_at < ?")
                .param(before.toEpochMilli())
                .update();
        jdbc.sql("DELETE FROM webhook_events WHERE fanned_out_at < ?")
                .param(before.toEpochMilli())
                .update();
    }
}
