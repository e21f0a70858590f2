package org.doorman.app.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The motive questions members asked their contacts, in SQL that SQLite and PostgreSQL share. */
@Repository
class JdbcMotiveQuestions {

    private static final String COLUMNS = "id, member_id, contact_id, body, asked_at, deadline_at, answer, answered_at";

    private final JdbcClient jdbc;

    JdbcMotiveQuestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(MotiveQuestion question) {
        jdbc.sql("INSERT INTO motive_questions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)")
                .params(
                        question.id().value(),
                        question.memberId().value(),
                        question.contactId().value(),
                        question.body(),
                        question.askedAt().toEpochMilli(),
                        question.deadline().toEpochMilli())
                .update();
    }

    /** The contact answers a question put to them; false when it is not theirs or answered already. */
    boolean answer(QuestionId questionId, MemberId contactId, String answer, Instant at) {
        return jdbc.sql("""
                        UPDATE motive_questions SET answer = ?, answered_at = ?
                        WHERE id = ? AND contact_id = ? AND answer IS NULL""")
                        .params(answer, at.toEpochMilli(), questionId.value(), contactId.value())
                        .update()
                > 0;
    }

    /** The questions the member asked, newest first. */
    List<MotiveQuestion> askedBy(MemberId memberId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM motive_questions WHERE member_id = ? ORDER BY asked_at DESC")
                .param(memberId.value())
                .query(JdbcMotiveQuestions::row)
                .list();
    }

    /** The questions put to the member that they have not answered yet. */
    List<MotiveQuestion> openFor(MemberId contactId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM motive_questions WHERE contact_id = ? AND answer IS NULL ORDER BY asked_at")
                .param(contactId.value())
                .query(JdbcMotiveQuestions::row)
                .list();
    }

    private static MotiveQuestion row(ResultSet rs, int row) throws SQLException {
        long answeredAt = rs.getLong("answered_at");
        boolean answered = !rs.wasNull();
        return new MotiveQuestion(
                new QuestionId(rs.getString("id")),
                new MemberId(rs.getString("member_id")),
                new MemberId(rs.getString("contact_id")),
                rs.getString("body"),
                Instant.ofEpochMilli(rs.getLong("asked_at")),
                Instant.ofEpochMilli(rs.getLong("deadline_at")),
                Optional.ofNullable(rs.getString("answer")),
                answered ? Optional.of(Instant.ofEpochMilli(answeredAt)) : Optional.empty());
    }
}
