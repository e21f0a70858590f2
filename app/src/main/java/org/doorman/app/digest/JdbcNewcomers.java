package org.doorman.app.digest;

import java.time.Instant;
import java.util.List;
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
    void add(String memberId, Instant since) {
        jdbc.sql("INSERT INTO digest_newcomers (member_id, since) VALUES (?, ?) ON CONFLICT (member_id) DO NOTHING")
                .params(memberId, since.toEpochMilli())
                .update();
    }

    List<String> oldest(int limit) {
        return jdbc.sql("SELECT member_id FROM digest_newcomers ORDER BY since, member_id LIMIT ?")
                .param(limit)
                .query(String.class)
                .list();
    }

    void remove(String memberId) {
        jdbc.sql("DELETE FROM digest_newcomers WHERE member_id = ?")
                .param(memberId)
                .update();
    }
}
