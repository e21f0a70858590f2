package org.doorman.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;

class UnexpectedProblemsTests {

    private final UnexpectedProblems problems = new UnexpectedProblems();

    @Test
    void aDatabaseErrorIsAGeneric500ThatNamesNoSqlOrClass() {
        var answer = problems.database(new DataIntegrityViolationException(
                "PreparedStatementCallback; SQL [INSERT INTO members ...]; [SQLITE_CONSTRAINT_UNIQUE] org.sqlite"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getDetail())
                .startsWith("Something went wrong on our side")
                .doesNotContain("SQL", "INSERT", "members", "org.", "Exception");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfter() {
        var answer = problems.unavailable(new org.springframework.jdbc.CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection", new java.sql.SQLException("Connection refused")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getBody().getDetail()).contains("nothing was changed").doesNotContain("JDBC", "refused");
    }

    @Test
    void anUnexpectedErrorIsTheSameGeneric500() {
        var answer = problems.unexpected(new IllegalStateException("java.lang.NullPointerException at org.doorman"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getDetail()).doesNotContain("java.", "org.", "Exception");
    }
}
