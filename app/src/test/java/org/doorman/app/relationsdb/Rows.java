package org.doorman.app.relationsdb;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes the rows other packages own (members, requests, messages, groups, visits), as they write them. */
public final class Rows {

    private final JdbcClient jdbc;
    // Test classes share a database: ids must be unique across all of them.
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    public Rows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String next() {
        return RUN + "_" + IDS.incrementAndGet();
    }

    public String member(String name) {
        String id = "m_" + name.toLowerCase().replaceAll("[^a-z]", "") + next();
        jdbc.sql("INSERT INTO members (id, handle, name, language, created_at) VALUES (?, ?, ?, 'de', 0)")
                .params(id, id, name)
                .update();
        return id;
    }

    public String request(String senderId, String recipientId, String message, Instant sentAt, String state) {
        String id = "r_" + next();
        jdbc.sql("""
                        INSERT INTO contact_requests (id, sender_id, recipient_id, message, sent_at, state)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, senderId, recipientId, message, sentAt.toEpochMilli(), state)
                .update();
        if (message != null) {
            message(id, senderId, "request", message, sentAt);
        }
        return id;
    }

    public void message(String requestId, String authorId, String kind, String body, Instant at) {
        jdbc.sql(
                        "INSERT INTO request_messages (id, request_id, author_id, kind, body, sent_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params("msg_" + next(), requestId, authorId, kind, body, at.toEpochMilli())
                .update();
    }

    public void group(String groupName, String... memberIds) {
        String groupId = jdbc.sql("SELECT id FROM member_groups WHERE name = ?")
                .param(groupName)
                .query(String.class)
                .optional()
                .orElseGet(() -> {
                    String id = "g_" + next();
                    jdbc.sql("INSERT INTO member_groups (id, name) VALUES (?, ?)")
                            .params(id, groupName)
                            .update();
                    return id;
                });
        for (String memberId : memberIds) {
            jdbc.sql("INSERT INTO memberships (group_id, member_id, joined_at) VALUES (?, ?, 0)")
                    .params(groupId, memberId)
                    .update();
        }
    }

    public void visit(String visitorId, String visitedId, Instant at) {
        jdbc.sql("INSERT INTO profile_visits (id, visitor_id, visited_id, visited_at) VALUES (?, ?, ?, ?)")
                .params("v_" + next(), visitorId, visitedId, at.toEpochMilli())
                .update();
    }

    public void event(String eventId, String title, Instant startsAt, boolean official) {
        jdbc.sql("INSERT INTO events (id, title, starts_at, location, official) VALUES (?, ?, ?, NULL, ?)")
                .params(eventId, title, startsAt.toEpochMilli(), official)
                .update();
    }
}
