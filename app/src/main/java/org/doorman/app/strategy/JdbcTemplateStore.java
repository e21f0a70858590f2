package org.doorman.app.strategy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.Purpose;
import org.doorman.core.screening.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The templates members wrote themselves, in table {@code message_templates}. */
@Repository
class JdbcTemplateStore {

    private final JdbcClient jdbc;

    JdbcTemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> body(MemberId memberId, Purpose purpose, Language language) {
        return jdbc.sql("SELECT body FROM message_templates WHERE member_id = ? AND purpose = ? AND language = ?")
                .params(memberId.value(), purpose.wireName(), language.code())
                .query(String.class)
                .optional();
    }

    List<OwnTemplate> all(MemberId memberId) {
        return jdbc.sql("SELECT purpose, language, body FROM message_templates WHERE member_id = ?")
                .param(memberId.value())
                .query((rs, row) -> new OwnTemplate(
                        Purpose.fromWireName(rs.getString("purpose")).orElseThrow(),
                        Language.fromCode(rs.getString("language")).orElseThrow(),
                        rs.getString("body")))
                .list();
    }

    void put(MemberId memberId, OwnTemplate template, Instant now) {
        jdbc.sql("""
                        INSERT INTO message_templates (member_id, purpose, language, body, updated_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (member_id, purpose, language)
                        DO UPDATE SET body = EXCLUDED.body, updated_at = EXCLUDED.updated_at""")
                .params(
                        memberId.value(),
                        template.purpose().wireName(),
                        template.language().code(),
                        template.body(),
                        now.toEpochMilli())
                .update();
    }

    boolean remove(MemberId memberId, Purpose purpose, Language language) {
        return jdbc.sql("DELETE FROM message_templates WHERE member_id = ? AND purpose = ? AND language = ?")
                        .params(memberId.value(), purpose.wireName(), language.code())
                        .update()
                > 0;
    }
}
