package org.doorman.app.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.doorman.app.ids.Ids;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
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
    public void add(MemberId member, RequestId request, Instant at, List<Step> steps) {
        if (steps.isEmpty()) {
            return;
        }
        var params = new ArrayList<Object>();
        for (var step : steps) {
            params.addAll(Arrays.asList(
                    Ids.next("aud"),
                    member.value(),
                    request.value(),
                    at.toEpochMilli(),
                    truncate(step.actor(), 120),
                    truncate(step.step(), 60),
                    step.detail()));
        }
        jdbc.sql("INSERT INTO audit_trail (id, member_id, request_id, at, actor, step, detail) VALUES "
                        + String.join(", ", Collections.nCopies(steps.size(), "(?, ?, ?, ?, ?, ?, ?)")))
                .params(params)
                .update();
    }

    @Override
    public List<Entry> of(RequestId request) {
        return jdbc.sql("SELECT at, actor, step, detail FROM audit_trail WHERE request_id = ? ORDER BY at, id")
                .param(request.value())
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
