package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;
import org.doorman.app.ids.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail: every step of a request, who or which rule took it ({@code member:<id>}, {@code rule:<id>},
 * {@code system:deadline}), when and why. Calls join the caller's transaction.
 */
@Repository
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(String memberId, String requestId, Instant at, String actor, String step, String detail) {
        jdbc.sql("""
                        INSERT INTO audit_trail (id, member_id, request_id, at, actor, step, detail)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        Ids.next("aud"),
                        memberId,
                        requestId,
                        at.toEpochMilli(),
                        truncate(actor, 120),
                        truncate(step, 60),
                        detail)
                .update();
    }

    @Override
    public List<Entry> of(String requestId) {
        return jdbc.sql("SELECT at, actor, step, detail FROM audit_trail WHERE request_id = ? ORDER BY at, id")
                .param(requestId)
                .query((rs, row) -> new Entry(
                        Instant.ofEpochMilli(rs.getLong("at")),
                        rs.getString("actor"),
                        rs.getString("step"),
                        rs.getString("detail")))
                .list();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
