package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;
import org.doorman.app.ids.Ids;
import org.doorman.app.members.MemberErasure.FormerMember;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRequestErasure implements RequestErasure {

    private static final String ERASURE = "system:erasure";

    private final JdbcClient jdbc;

    JdbcRequestErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Involved involving(MemberId memberId) {
        return new Involved(
                ids("SELECT id FROM contact_requests WHERE sender_id = ?", memberId),
                ids("SELECT id FROM contact_requests WHERE recipient_id = ?", memberId));
    }

    @Override
    public Erased erase(MemberId memberId, Involved requests, FormerMember formerMember, Instant now) {
        String member = memberId.value();
        String former = formerMember.id().value();
        int ended = endOpenRequestsSilently(member, now.toEpochMilli());

        // What the recipients keep of the requests the member sent: the request and its decisions, without the person.
        for (var id : requests.sent()) {
            update("UPDATE request_messages SET body = '' WHERE request_id = ?", id.value());
            update("UPDATE request_signals SET evidence = NULL WHERE request_id = ?", id.value());
            update("UPDATE audit_trail SET detail = NULL WHERE request_id = ?", id.value());
        }
        update("""
                UPDATE contact_requests SET sender_id = ?, message = NULL, explanation = NULL, version = version + 1
                WHERE sender_id = ?""", former, member);
        update("UPDATE request_messages SET author_id = ? WHERE author_id = ?", former, member);

        // The member's own audit trail keeps the decisions, no longer tied to a person or a request.
        for (var id : requests.received()) {
            update("UPDATE audit_trail SET request_id = NULL, detail = NULL WHERE request_id = ?", id.value());
        }
        update("UPDATE audit_trail SET member_id = ?, detail = NULL WHERE member_id = ?", former, member);
        update("UPDATE audit_trail SET actor = ? WHERE actor = ?", formerMember.name(), "member:" + member);

        update("DELETE FROM follow_up_tasks WHERE member_id = ? OR contact_id = ?", member, member);
        for (var id : requests.received()) {
            update("DELETE FROM follow_up_tasks WHERE request_id = ?", id.value());
        }
        update("DELETE FROM contact_requests WHERE recipient_id = ?", member);
        return new Erased(requests.sent().size(), ended, requests.received().size());
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
            update("""
                    INSERT INTO audit_trail (id, member_id, request_id, at, actor, step, detail)
                    VALUES (?, ?, ?, ?, ?, 'ended silently', 'the requester left Doorman')""", Ids.next("aud"), request.get(1), request.get(0), at, ERASURE);
        }
        return open.size();
    }

    private List<RequestId> ids(String sql, MemberId memberId) {
        return jdbc.sql(sql)
                .param(memberId.value())
                .query((rs, row) -> new RequestId(rs.getString(1)))
                .list();
    }

    private void update(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
    }
}
