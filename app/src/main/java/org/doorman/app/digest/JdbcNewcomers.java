package org.doorman.app.digest;

import java.time.Instant;
import java.util.List;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members waiting for the default schedule (digest_newcomers), oldest first. */
@Repository
class JdbcNewcomers {

    private final JdbcClient jdbc;

    JdbcNewcomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member already waiting keeps their place. */
    void add(MemberId memberId, Instant since) {
        jdbc.sql("INSERT INTO digest_newcomers (member_id, since) VALUES (?, ?) ON CONFLICT (member_id) DO NOTHING")
                .params(memberId.value(), since.toEpochMilli())
                .update();
    }

    List<MemberId> oldest(int limit) {
        return jdbc.sql("SELECT member_id FROM digest_newcomers ORDER BY since, member_id LIMIT ?")
                .param(limit)
                .query((rs, row) -> new MemberId(rs.getString(1)))
                .list();
    }

    void remove(MemberId memberId) {
        jdbc.sql("DELETE FROM digest_newcomers WHERE member_id = ?")
                .param(memberId.value())
                .update();
    }
}
