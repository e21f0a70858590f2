package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;
import org.doorman.app.ids.Ids;
import org.doorman.core.lifecycle.MessageKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The messages of a request's conversation (request_messages). Calls join the caller's transaction. */
@Repository
class JdbcConversation implements Conversations {

    private final JdbcClient jdbc;

    JdbcConversation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Message add(String requestId, String authorId, MessageKind kind, String body, Instant at, boolean hidden) {
        var message = new Message(Ids.next("msg"), requestId, authorId, kind.wireName(), body, at, hidden);
        jdbc.sql("""
                        INSERT INTO request_messages (id, request_id, author_id, kind, body, sent_at, hidden)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(message.id(), requestId, authorId, message.kind(), body, at.toEpochMilli(), hidden)
                .update();
        return message;
    }

    @Override
    public List<Message> of(String requestId) {
        return jdbc.sql("""
                        SELECT id, request_id, author_id, kind, body, sent_at, hidden FROM request_messages
                        WHERE request_id = ? ORDER BY sent_at, id""")
                .param(requestId)
                .query((rs, row) -> new Message(
                        rs.getString("id"),
                        rs.getString("request_id"),
                        rs.getString("author_id"),
                        rs.getString("kind"),
                        rs.getString("body"),
                        Instant.ofEpochMilli(rs.getLong("sent_at")),
                        rs.getBoolean("hidden")))
                .list();
    }
}
