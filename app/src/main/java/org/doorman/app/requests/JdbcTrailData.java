package org.doorman.app.requests;

import static org.doorman.app.requests.JdbcRequests.instant;

import java.time.Instant;
import java.util.List;
import org.doorman.app.members.PersonalData;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The member's follow-up tasks ({@code tasks.json}) and every step taken on their requests ({@code audit-trail.json}). */
@Repository
class JdbcTrailData implements PersonalData {

    record ExportedTask(
            String id,
            String requestId,
            String contactId,
            String title,
            Instant dueAt,
            Instant remindAt,
            Instant doneAt,
            Instant createdAt) {}

    record ExportedStep(String requestId, Instant at, String actor, String step, String detail) {}

    private final JdbcClient jdbc;

    JdbcTrailData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Part> of(MemberId memberId) {
        var tasks = jdbc.sql("""
                        SELECT id, request_id, contact_id, title, due_at, remind_at, done_at, created_at
                        FROM follow_up_tasks WHERE member_id = ? ORDER BY due_at, id""")
                .param(memberId.value())
                .query((rs, row) -> new ExportedTask(
                        rs.getString("id"),
                        rs.getString("request_id"),
                        rs.getString("contact_id"),
                        rs.getString("title"),
                        instant(rs, "due_at"),
                        instant(rs, "remind_at"),
                        instant(rs, "done_at"),
                        instant(rs, "created_at")))
                .list();
        var steps = jdbc.sql("""
                        SELECT request_id, at, actor, step, detail FROM audit_trail WHERE member_id = ?
                        ORDER BY at, id""")
                .param(memberId.value())
                .query((rs, row) -> new ExportedStep(
                        rs.getString("request_id"),
                        instant(rs, "at"),
                        rs.getString("actor"),
                        rs.getString("step"),
                        rs.getString("detail")))
                .list();
        return List.of(new File("tasks.json", tasks), new File("audit-trail.json", steps));
    }
}
