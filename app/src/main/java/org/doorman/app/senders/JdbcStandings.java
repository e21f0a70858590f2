package org.doorman.app.senders;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sender_standings table: what the operator, or enough reports, decided about a sender. */
@Repository
class JdbcStandings implements SenderStandings {

    /** A decision about a sender: by whom ({@code operator} or {@code reports}), why and when. */
    record Decided(Standing standing, String reason, String by, Instant at) {}

    private final JdbcClient jdbc;

    JdbcStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Standing of(MemberId sender) {
        return find(sender).map(Decided::standing).orElse(Standing.GOOD);
    }

    Optional<Decided> find(MemberId sender) {
        return jdbc.sql("SELECT standing, reason, changed_by, changed_at FROM sender_standings WHERE sender_id = ?")
                .param(sender.value())
                .query((rs, row) -> new Decided(
                        Standing.fromWireName(rs.getString(1)).orElse(Standing.GOOD),
                        rs.getString(2),
                        rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4))))
                .optional();
    }

    /** Every sender not in good standing. */
    Map<MemberId, Decided> notGood() {
        var all = new LinkedHashMap<MemberId, Decided>();
        jdbc.sql(
                        "SELECT sender_id, standing, reason, changed_by, changed_at FROM sender_standings WHERE standing <> 'good'")
                .query(rs -> {
                    all.put(
                            new MemberId(rs.getString(1)),
                            new Decided(
                                    Standing.fromWireName(rs.getString(2)).orElse(Standing.GOOD),
                                    rs.getString(3),
                                    rs.getString(4),
                                    Instant.ofEpochMilli(rs.getLong(5))));
                });
        return all;
    }

    void set(MemberId sender, Decided decided) {
        jdbc.sql("""
                        INSERT INTO sender_standings (sender_id, standing, reason, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (sender_id) DO UPDATE SET standing = EXCLUDED.standing, reason = EXCLUDED.reason,
                        changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at""")
                .params(
                        sender.value(),
                        decided.standing().wireName(),
                        decided.reason(),
                        decided.by(),
                        decided.at().toEpochMilli())
                .update();
    }
}
