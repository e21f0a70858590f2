package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;
import org.doorman.app.ids.Ids;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.MessageKind;
import org.doorman.core.lifecycle.RequestId;
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
    public Message add(RequestId request, MemberId author, MessageKind kind, String body, Instant at, boolean hidden) {
        var message = new Message(Ids.next("msg"), request, author, kind.wireName(), body, at, hidden);
        jdbc.sql("""
                        INSERT INTO request_messages (id, request_id, author_id, kind, body, sent_at, hidden)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(message.id(), request.value(), author.value(), message.kind(), body, at.toEpochMilli(), hidden)
                .update();
        return message;
    }

    @Override
    public List<Message> of(RequestId request) {
        return jdbc.sql("""
                        SELECT id, request_id, author_id, kind, body, sent_at, hidden FROM request_messages
                        WHERE request_id = ? ORDER BY sent_at, id""")
                .param(request.value())
                .query((rs, row) -> new Message(
                        rs.getString("id"),
                        new RequestId(rs.getString("request_id")),
                        new MemberId(rs.getString("author_id")),
                        rs.getString("kind"),
                        rs.getString("body"),
                        Instant.ofEpochMilli(rs.getLong("sent_at")),
                        rs.getBoolean("hidden")))
                .list();
    }
}
