package org.doorman.app.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What no caller can act on: a database error or a bug. The API answers a generic 500 problem that names no SQL,
 * class or stack frame (the log has them, under the id the answer gives). Tried after {@link ApiProblems}, which
 * knows every caller's mistake.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UnexpectedProblems {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedProblems.class);
    static final String UNAVAILABLE =
            "The service cannot reach its database just now; nothing was changed. Try again shortly.";

    /**
     * The database cannot be reached or is busy for now: 503 with {@code Retry-After}. Nothing was committed (the
     * write's transaction failed), and the pool reconnects by itself once the database is back.
     */
    @ExceptionHandler({
        CannotGetJdbcConnectionException.class,
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class,
        CannotCreateTransactionException.class
    })
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        log.warn("Database unavailable: {}", e.getMessage());
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> database(DataAccessException e) {
        if (DatabaseUnavailable.isCause(e)) {
            return unavailable(e); // e.g. SQLite's lock held past the busy timeout, which Spring leaves uncategorized
        }
        return internal("database", e);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        if (DatabaseUnavailable.isCause(e)) {
            return unavailable(e);
        }
        return internal("unexpected", e);
    }

    private static ResponseEntity<ProblemDetail> internal(String what, RuntimeException e) {
        String incident = Long.toHexString(System.nanoTime());
        log.error("Incident {}: {} error", incident, what, e);
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side (incident " + incident + "); please try again later.");
        return ResponseEntity.internalServerError()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
