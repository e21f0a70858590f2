package org.doorman.app.privacy;

import java.time.Instant;
import java.util.List;
import org.doorman.app.ids.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of an erasure, in the caller's transaction. What other members keep points at one shared row, "a former
 * member", which has no handle anyone can sign in with, no credentials and no text.
 */
@Repository
class JdbcErasure {

    static final String FORMER_MEMBER = "former-member";
    static final String FORMER_MEMBER_NAME = "a former member";
    private static final String ERASURE = "system:erasure";

    private final JdbcClient jdbc;

    JdbcErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String memberId) {
        return !FORMER_MEMBER.equals(memberId)
                && jdbc.sql("SELECT COUNT(*) FROM members WHERE id = ?")
                                .param(memberId)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    Erased erase(String memberId, Instant now) {
        long at = now.toEpochMilli();
        jdbc.sql("""
                        INSERT INTO members (id, handle, name, language, offers, seeks, interests, created_at)
                        VALUES (?, '~former-member', ?, 'en', '[]', '[]', '[]', 0) ON CONFLICT (id) DO NOTHING""").params(FORMER_MEMBER, FORMER_MEMBER_NAME).update();
        List<String> sent = ids("SELECT id FROM contact_requests WHERE sender_id = ?", memberId);
        List<String> received = ids("SELECT id FROM contact_requests WHERE recipient_id = ?", memberId);
        int ended = endOpenRequestsSilently(memberId, at);

        // Webhook events about the member or their requests carry names and texts: they go first.
        forgetOutbox(memberId);
        sent.forEach(this::forgetOutbox);
        received.forEach(this::forgetOutbox);

        // What the recipients keep of the requests the member sent: the request and its decisions, without the person.
        for (String id : sent) {
            update("UPDATE request_messages SET body = '' WHERE request_id = ?", id);
            update("UPDATE request_signals SET evidence = NULL WHERE request_id = ?", id);
            update("UPDATE audit_trail SET detail = NULL WHERE request_id = ?", id);
        }
        update("""
                UPDATE contact_requests SET sender_id = ?, message = NULL, explanation = NULL, version = version + 1
                WHERE sender_id = ?""", FORMER_MEMBER, memberId);
        update("UPDATE request_messages SET author_id = ? WHERE author_id = ?", FORMER_MEMBER, memberId);

        // The member's own audit trail keeps the decisions, no longer tied to a person or a request.
        for (String id : received) {
            update("UPDATE audit_trail SET request_id = NULL, detail = NULL WHERE request_id = ?", id);
        }
        update("UPDATE audit_trail SET member_id = ?, detail = NULL WHERE member_id = ?", FORMER_MEMBER, memberId);
        update("UPDATE audit_trail SET actor = ? WHERE actor = ?", FORMER_MEMBER_NAME, "member:" + memberId);

        update("DELETE FROM contacts WHERE member_id = ? OR contact_id = ?", memberId, memberId);
        update("DELETE FROM follow_up_tasks WHERE member_id = ? OR contact_id = ?", memberId, memberId);
        for (String id : received) {
            update("DELETE FROM follow_up_tasks WHERE request_id = ?", id);
            update("DELETE FROM contacts WHERE request_id = ?", id);
        }
        update("DELETE FROM contact_requests WHERE recipient_id = ?", memberId);
        update("DELETE FROM meetings WHERE member_id = ?", memberId);
        update("UPDATE meetings SET other_id = ? WHERE other_id = ?", FORMER_MEMBER, memberId);
        update("DELETE FROM profile_visits WHERE visitor_id = ? OR visited_id = ?", memberId, memberId);
        // Credentials, tokens, memberships, strategy, templates, attendance, digest and LinkedIn imports go with the
        // row (ON DELETE CASCADE).
        update("DELETE FROM members WHERE id = ?", memberId);
        return new Erased(sent.size(), ended, received.size());
    }

    /** Open requests from the member end as a silent decline: the recipient's inbox no longer waits for them. */
    private int endOpenRequestsSilently(String memberId, long at) {
        var open = jdbc.sql("""
                        SELECT id, recipient_id FROM contact_requests
                        WHERE sender_id = ? AND state NOT IN ('accepted', 'declined')""")
                .param(memberId)
                .query((rs, row) -> List.of(rs.getString("id"), rs.getString("recipient_id")))
                .list();
        for (var request : open) {
            update("""
                    UPDATE contact_requests SET state = 'declined', decided_at = ?, decided_by = ?, deadline_at = NULL,
                    version = version + 1 WHERE id = ?""", at, ERASURE, request.get(0));
            jdbc.sql("""
                            INSERT INTO audit_trail (id, member_id, request_id, at, actor, step, detail)
                            VALUES (?, ?, ?, ?, ?, 'ended silently', 'the requester left Doorman')""")
                    .params(Ids.next("aud"), request.get(1), request.get(0), at, ERASURE)
                    .update();
        }
        return open.size();
    }

    private void forgetOutbox(String id) {
        update("DELETE FROM outbox WHERE payload LIKE ?", "%\"" + id + "\"%");
        update("DELETE FROM webhook_events WHERE payload LIKE ?", "%\"" + id + "\"%");
    }

    private List<String> ids(String sql, String memberId) {
        return jdbc.sql(sql).param(memberId).query(String.class).list();
    }

    private void update(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
    }

    /** What an erasure did, in numbers only: the log line and the answer name no person. */
    record Erased(int sentAnonymised, int openEnded, int receivedDeleted) {}
}
