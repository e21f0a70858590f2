package org.doorman.app.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What waits for a member, from the requests, their messages and the follow-up tasks. */
@Repository
class JdbcAgendas implements Agendas {

    private final JdbcClient jdbc;

    JdbcAgendas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Agenda of(MemberId member, Instant since, Instant until, int perSection) {
        String memberId = member.value();
        var review = jdbc.sql("""
                        SELECT r.id, r.sender_id, r.message AS text, r.sent_at AS at FROM contact_requests r
                        WHERE r.recipient_id = ? AND r.state = 'review' ORDER BY r.sent_at, r.id LIMIT ?""")
                .params(memberId, perSection)
                .query(JdbcAgendas::item)
                .list();
        // A dialog waits for the member when the requester wrote last.
        var answered = jdbc.sql("""
                        SELECT r.id, r.sender_id, m.body AS text, m.sent_at AS at FROM contact_requests r
                        JOIN request_messages m ON m.request_id = r.id
                        WHERE r.recipient_id = ? AND r.state = 'in_dialog' AND m.author_id = r.sender_id
                        AND m.id = (SELECT l.id FROM request_messages l WHERE l.request_id = r.id
                                    ORDER BY l.sent_at DESC, l.id DESC LIMIT 1)
                        ORDER BY m.sent_at, r.id LIMIT ?""")
                .params(memberId, perSection)
                .query(JdbcAgendas::item)
                .list();
        var tasks = jdbc.sql("""
                        SELECT id, title, due_at FROM follow_up_tasks
                        WHERE member_id = ? AND done_at IS NULL AND due_at < ? ORDER BY due_at, id LIMIT ?""")
                .params(memberId, until.toEpochMilli(), perSection)
                .query((rs, row) -> new DueTask(
                        new TaskId(rs.getString("id")),
                        rs.getString("title"),
                        Instant.ofEpochMilli(rs.getLong("due_at"))))
                .list();
        var accepted = jdbc.sql("""
                        SELECT r.id, r.sender_id, r.message AS text, r.decided_at AS at FROM contact_requests r
                        WHERE r.recipient_id = ? AND r.state = 'accepted' AND r.decided_at > ?
                        ORDER BY r.decided_at, r.id LIMIT ?""")
                .params(memberId, since.toEpochMilli(), perSection)
                .query(JdbcAgendas::item)
                .list();
        long declined = jdbc.sql("""
                        SELECT COUNT(*) FROM contact_requests
                        WHERE recipient_id = ? AND state = 'declined' AND decided_at > ?""")
                .params(memberId, since.toEpochMilli())
                .query(Long.class)
                .single();
        return new Agenda(review, answered, tasks, accepted, (int) declined);
    }

    private static Item item(ResultSet rs, int row) throws SQLException {
        return new Item(
                new RequestId(rs.getString("id")),
                new MemberId(rs.getString("sender_id")),
                rs.getString("text"),
                Instant.ofEpochMilli(rs.getLong("at")));
    }
}
