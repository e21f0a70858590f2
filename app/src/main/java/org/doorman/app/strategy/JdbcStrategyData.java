package org.doorman.app.strategy;

import java.time.Instant;
import java.util.List;
import org.doorman.app.members.PersonalData;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The member's strategy ({@code strategy.json}, null if they have none) and templates ({@code templates.json}). */
@Repository
class JdbcStrategyData implements PersonalData {

    record ExportedStrategy(String preset, Object rules, Instant updatedAt) {}

    record ExportedTemplate(String purpose, String language, String body, Instant updatedAt) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcStrategyData(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<Part> of(MemberId memberId) {
        var strategy = jdbc.sql("SELECT preset, rules, updated_at FROM strategies WHERE member_id = ?")
                .param(memberId.value())
                .query((rs, row) -> new ExportedStrategy(
                        rs.getString("preset"),
                        PersonalData.jsonOrText(json, rs.getString("rules")),
                        Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .optional()
                .orElse(null);
        var templates = jdbc.sql("""
                        SELECT purpose, language, body, updated_at FROM message_templates WHERE member_id = ?
                        ORDER BY purpose, language""")
                .param(memberId.value())
                .query((rs, row) -> new ExportedTemplate(
                        rs.getString("purpose"),
                        rs.getString("language"),
                        rs.getString("body"),
                        Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .list();
        return List.of(new File("strategy.json", strategy), new File("templates.json", templates));
    }
}
