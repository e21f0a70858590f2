package org.doorman.app.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what waits for a member from the requests, their messages and the follow-up tasks. */
@Repository
class JdbcDigestItems {

    static final int MAX_PER_SECTION = 20;
    private static final int EXCERPT = 160;

    private final JdbcClient jdbc;

    JdbcDigestItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param since what was decided after this counts (the last digest)
     * @param until tasks due before this count (the next digest)
     */
    Digest of(String memberId, Instant since, Instant until) {
        var review = jdbc.sql("""
                        SELECT r.id, s.name, r.message AS text, r.sent_at AS at FROM contact_requests r
                        JOIN members s ON s.id = r.sender_id
                        WHERE r.recipient_id = ? AND r.state = 'review' ORDER BY r.sent_at, r.id LIMIT ?""")
                .params(memberId, MAX_PER_SECTION)
                .query(JdbcDigestItems::item)
                .list();
        // A dialog waits for the member when the requester wrote last.
        var answered = jdbc.sql("""
                        SELECT r.id, s.name, m.body AS text, m.sent_at AS at FROM contact_requests r
                        JOIN members s ON s.id = r.sender_id
                        JOIN request_messages m ON m.request_id = r.id
                        WHERE r.recipient_id = ? AND r.state = 'in_dialog' AND m.author_id = r.sender_id
                        AND m.id = (SELECT l.id FROM request_messages l WHERE l.request_id = r.id
                                    ORDER BY l.sent_at DESC, l.id DESC LIMIT 1)
                        ORDER BY m.sent_at, r.id LIMIT ?""")
                .params(memberId, MAX_PER_SECTION)
                .query(JdbcDigestItems::item)
                .list();
        var tasks = jdbc.sql("""
                        SELECT id, title, due_at FROM follow_up_tasks
                        WHERE member_id = ? AND done_at IS NULL AND due_at < ? ORDER BY due_at, id LIMIT ?""")
                .params(memberId, until.toEpochMilli(), MAX_PER_SECTION)
                .query((rs, row) -> new Digest.Task(
                        rs.getString("id"), rs.getString("title"), Instant.ofEpochMilli(rs.getLong("due_at"))))
                .list();
        var accepted = jdbc.sql("""
                        SELECT r.id, s.name, r.message AS text, r.decided_at AS at FROM contact_requests r
                        JOIN members s ON s.id = r.sender_id
                        WHERE r.recipient_id = ? AND r.state = 'accepted' AND r.decided_at > ?
                        ORDER BY r.decided_at, r.id LIMIT ?""")
                .params(memberId, since.toEpochMilli(), MAX_PER_SECTION)
                .query(JdbcDigestItems::item)
                .list();
        long declined = jdbc.sql("""
                        SELECT COUNT(*) FROM contact_requests
                        WHERE recipient_id = ? AND state = 'declined' AND decided_at > ?""")
                .params(memberId, since.toEpochMilli())
                .query(Long.class)
                .single();
        return new Digest(review, answered, tasks, accepted, (int) declined);
    }

    private static Digest.Item item(ResultSet rs, int row) throws SQLException {
        return new Digest.Item(
                rs.getString("id"),
                rs.getString("name"),
                excerpt(rs.getString("text")),
                Instant.ofEpochMilli(rs.getLong("at")));
    }

    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= EXCERPT) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, EXCERPT - 1)) + "…";
    }
}
