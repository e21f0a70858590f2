package org.doorman.app.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcContacts implements Contacts {

    private final JdbcClient jdbc;

    JdbcContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void confirm(MemberId memberId, MemberId otherId, RequestId requestId, Instant at) {
        if (memberId.equals(otherId)) {
            throw new IllegalArgumentException("a member cannot be their own contact");
        }
        String request = requestId == null ? null : requestId.value();
        insert(memberId.value(), otherId.value(), request, at);
        insert(otherId.value(), memberId.value(), request, at);
    }

    private void insert(String memberId, String contactId, String requestId, Instant at) {
        jdbc.sql("""
                        INSERT INTO contacts (member_id, contact_id, since, request_id) VALUES (?, ?, ?, ?)
                        ON CONFLICT (member_id, contact_id) DO NOTHING""").params(memberId, contactId, at.toEpochMilli(), requestId).update();
    }

    @Override
    public int count(MemberId memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM contacts WHERE member_id = ?")
                .param(memberId.value())
                .query(Integer.class)
                .single();
    }

    @Override
    public int countAtPercentile(double percentile) {
        long members =
                jdbc.sql("SELECT COUNT(*) FROM members").query(Long.class).single();
        long rank = Math.max(1, (long) Math.ceil(percentile * members));
        // Counted from the top: only the members above the rank are read, however large the network.
        int fromTop = (int) Math.min(Integer.MAX_VALUE - 1, members - rank);
        var top = jdbc.sql("""
                        SELECT COUNT(*) AS n FROM contacts GROUP BY member_id ORDER BY n DESC LIMIT ?""").param(fromTop + 1).query(Integer.class).list();
        return fromTop < top.size() ? top.get(fromTop) : 0;
    }

    @Override
    public boolean connected(MemberId a, MemberId b) {
        return jdbc.sql("SELECT COUNT(*) FROM contacts WHERE member_id = ? AND contact_id = ?")
                        .params(a.value(), b.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Override
    public boolean remove(MemberId memberId, MemberId otherId, Instant at) {
        int removed = jdbc.sql("DELETE FROM contacts WHERE member_id = ? AND contact_id = ?")
                .params(memberId.value(), otherId.value())
                .update();
        if (removed == 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO contact_removals (member_id, removed_id, removed_at) VALUES (?, ?, ?)
                        ON CONFLICT (member_id, removed_id) DO UPDATE SET removed_at = EXCLUDED.removed_at""")
                .params(memberId.value(), otherId.value(), at.toEpochMilli())
                .update();
        return true;
    }

    @Override
    public Optional<Instant> removedAt(MemberId memberId, MemberId otherId) {
        return jdbc.sql("SELECT removed_at FROM contact_removals WHERE member_id = ? AND removed_id = ?")
                .params(memberId.value(), otherId.value())
                .query((rs, row) -> Instant.ofEpochMilli(rs.getLong(1)))
                .optional();
    }

    @Override
    public Relation relation(MemberId memberId, MemberId otherId) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM contacts WHERE member_id = :m AND contact_id = :o) AS has_other,
                          (SELECT COUNT(*) FROM contacts WHERE member_id = :o AND contact_id = :m) AS other_has,
                          (SELECT MAX(removed_at) FROM contact_removals WHERE member_id = :m AND removed_id = :o)
                            AS removed_at""")
                .param("m", memberId.value())
                .param("o", otherId.value())
                .query((rs, row) -> {
                    long removed = rs.getLong("removed_at");
                    var removedAt =
                            rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(removed));
                    return new Relation(rs.getInt("has_other") > 0, rs.getInt("other_has") > 0, removedAt);
                })
                .single();
    }

    /** The member's contacts with the messages exchanged with each, longest-standing first. */
    List<ContactRow> of(MemberId memberId) {
        return jdbc.sql("""
                        SELECT c.contact_id, m.name, c.since,
                          (SELECT COUNT(*) FROM request_messages rm JOIN contact_requests r ON r.id = rm.request_id
                           WHERE ((r.sender_id = c.member_id AND r.recipient_id = c.contact_id)
                               OR (r.sender_id = c.contact_id AND r.recipient_id = c.member_id))
                             AND rm.author_id IN (c.member_id, c.contact_id) AND rm.hidden = FALSE) AS messages,
                          (SELECT MAX(rm.sent_at) FROM request_messages rm JOIN contact_requests r ON r.id = rm.request_id
                           WHERE ((r.sender_id = c.member_id AND r.recipient_id = c.contact_id)
                               OR (r.sender_id = c.contact_id AND r.recipient_id = c.member_id))
                             AND rm.author_id IN (c.member_id, c.contact_id) AND rm.hidden = FALSE) AS last_message
                        FROM contacts c JOIN members m ON m.id = c.contact_id
                        WHERE c.member_id = ?
                        ORDER BY c.since, c.contact_id""")
                .param(memberId.value())
                .query((rs, row) -> new ContactRow(
                        rs.getString("contact_id"),
                        rs.getString("name"),
                        Instant.ofEpochMilli(rs.getLong("since")),
                        rs.getInt("messages"),
                        rs.getObject("last_message") == null
                                ? Optional.empty()
                                : Optional.of(Instant.ofEpochMilli(rs.getLong("last_message")))))
                .list();
    }
}
