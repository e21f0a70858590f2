package org.doorman.app.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorman.app.members.MemberDirectory;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcContacts implements Contacts {

    private final JdbcClient jdbc;
    private final MemberDirectory members;

    JdbcContacts(JdbcClient jdbc, MemberDirectory members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    @Override
    public void confirm(MemberId memberId, MemberId otherId, RequestId requestId, Instant at) {
        if (memberId.equals(otherId)) {
            throw new IllegalArgumentException("a member cannot be their own contact");
        }
        String request = requestId == null ? null : requestId.value();
        insert(memberId, otherId, request, at);
        insert(otherId, memberId, request, at);
    }

    private void insert(MemberId memberId, MemberId contactId, String requestId, Instant at) {
        jdbc.sql("""
                        INSERT INTO contacts (member_id, contact_id, since, request_id) VALUES (?, ?, ?, ?)
                        ON CONFLICT (member_id, contact_id) DO NOTHING""")
                .params(memberId.value(), contactId.value(), at.toEpochMilli(), requestId)
                .update();
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
        long members = this.members.count();
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

    /** The relation of {@code m} to {@code o}, and ({@code mutual}) how many contacts they share. */
    private static final String STANDING = """
            SELECT (SELECT COUNT(*) FROM contacts WHERE member_id = :m AND contact_id = :o) AS has_other,
              (SELECT COUNT(*) FROM contacts WHERE member_id = :o AND contact_id = :m) AS other_has,
              (SELECT MAX(removed_at) FROM contact_removals WHERE member_id = :m AND removed_id = :o) AS removed_at""";

    private static final String MUTUAL = """
            (SELECT COUNT(*) FROM contacts a JOIN contacts b ON b.contact_id = a.contact_id AND b.member_id = :o
             WHERE a.member_id = :m)""";

    @Override
    public Relation relation(MemberId memberId, MemberId otherId) {
        return jdbc.sql(STANDING)
                .param("m", memberId.value())
                .param("o", otherId.value())
                .query((rs, row) -> relation(rs))
                .single();
    }

    @Override
    public int mutualContacts(MemberId a, MemberId b) {
        return jdbc.sql("SELECT " + MUTUAL)
                .param("m", a.value())
                .param("o", b.value())
                .query(Integer.class)
                .single();
    }

    @Override
    public Standing standing(MemberId member, MemberId other) {
        return jdbc.sql(STANDING + ", " + MUTUAL + " AS mutual")
                .param("m", member.value())
                .param("o", other.value())
                .query((rs, row) -> new Standing(relation(rs), rs.getInt("mutual")))
                .single();
    }

    private static Relation relation(ResultSet rs) throws SQLException {
        long removed = rs.getLong("removed_at");
        var removedAt = rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(removed));
        return new Relation(rs.getInt("has_other") > 0, rs.getInt("other_has") > 0, removedAt);
    }

    /** One of the member's contacts and since when. */
    record Held(MemberId contactId, Instant since) {}

    /** The member's contacts, longest-standing first. */
    List<Held> of(MemberId memberId) {
        return jdbc.sql("SELECT contact_id, since FROM contacts WHERE member_id = ? ORDER BY since, contact_id")
                .param(memberId.value())
                .query((rs, row) ->
                        new Held(new MemberId(rs.getString("contact_id")), Instant.ofEpochMilli(rs.getLong("since"))))
                .list();
    }
}
