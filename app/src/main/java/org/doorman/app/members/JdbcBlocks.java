package org.doorman.app.members;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The member_blocks table. Calls join the caller's transaction. */
@Repository
class JdbcBlocks {

    private final JdbcClient jdbc;

    JdbcBlocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String blockerId, String blockedId, Instant at) {
        jdbc.sql("""
                        INSERT INTO member_blocks (blocker_id, blocked_id, blocked_at) VALUES (?, ?, ?)
                        ON CONFLICT (blocker_id, blocked_id) DO NOTHING""").params(blockerId, blockedId, at.toEpochMilli()).update();
    }

    boolean remove(String blockerId, String blockedId) {
        return jdbc.sql("DELETE FROM member_blocks WHERE blocker_id = ? AND blocked_id = ?")
                        .params(blockerId, blockedId)
                        .update()
                > 0;
    }

    boolean exists(String blockerId, String blockedId) {
        return jdbc.sql("SELECT COUNT(*) FROM member_blocks WHERE blocker_id = ? AND blocked_id = ?")
                        .params(blockerId, blockedId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    List<Blocked> of(String blockerId) {
        return jdbc.sql("""
                        SELECT b.blocked_id, m.name, b.blocked_at FROM member_blocks b
                        JOIN members m ON m.id = b.blocked_id
                        WHERE b.blocker_id = ? ORDER BY b.blocked_at DESC, b.blocked_id""")
                .param(blockerId)
                .query((rs, row) -> new Blocked(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))))
                .list();
    }
}
