package org.doorman.app.api;

import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.doorman.app.input.Violations;
import org.doorman.app.members.InvalidMember;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error Spring MVC raises for a caller's mistake becomes an RFC 9457 problem detail. A body that cannot be read,
 * and a field that its record's or parameter's constraints refuse, get a detail a person can act on; the constraints
 * in one wording ({@link Violations}), whichever of Spring's three exceptions carries them. Controllers signal their
 * own 4xx with {@code ResponseStatusException} or {@code ErrorResponseException}, which become problem details as
 * well.
 */
@RestControllerAdvice
@Order(0)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final int MAX_DETAIL = 300;

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        String why = cause == ex
                ? ""
                : ": "
                        + (cause instanceof NulCharacter nul
                                ? named(nul.where(field(nul))) + " " + NulCharacter.DETAIL
                                : cause instanceof MismatchedInputException mismatch
                                        ? mismatched(mismatch)
                                        : firstLine(cause.getMessage()));
        var problem = ProblemDetail.forStatusAndDetail(
                status, "The request body is missing or is not the JSON expected" + why);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** A request body or form whose record's constraints refused a field: 400, naming each field and what is wrong. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = Violations.detail(ex.getParameter().getParameterName(), ex.getAllErrors());
        return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(status, detail), headers, status, request);
    }

    /** Constraints on a controller's parameters ({@code ?limit=}) or on a body beside them: the same 400. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = Violations.detail(ex.getParameterValidationResults());
        return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(status, detail), headers, status, request);
    }

    /** A record checked by a service's own validation, past the controller: the same 400. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException violation) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, Violations.detail(violation.getConstraintViolations()));
    }

    /** A member or a profile that cannot be stored (registration, {@code PUT /me}, tokens): the reason, in words. */
    @ExceptionHandler(InvalidMember.class)
    ProblemDetail invalidMember(InvalidMember invalid) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
    }

    /** A value of the wrong type, named by its field and what was expected, without Java's class names. */
    private static String mismatched(MismatchedInputException mismatch) {
        String field = field(mismatch);
        Class<?> type = mismatch.getTargetType();
        String expected = type == null
                ? "another kind of value"
                : CharSequence.class.isAssignableFrom(type)
                        ? "a text"
                        : Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)
                                ? "a number"
                                : type == Boolean.class || type == boolean.class
                                        ? "true or false"
                                        : java.util.Collection.class.isAssignableFrom(type) || type.isArray()
                                                ? "a list"
                                                : "an object";
        return named(field) + " must be " + expected;
    }

    /** Where in the body: {@code rules[2].name}, from the path Jackson kept. */
    private static String field(MismatchedInputException mismatch) {
        return mismatch.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String named(String field) {
        return field.isEmpty() ? "the body" : "'" + abbreviated(field) + "'";
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        // Jackson appends where in the input it stopped; the caller knows their body, the words before suffice.
        String line = message.lines()
                .findFirst()
                .orElse("")
                .replaceAll("\\s*\\(?(start marker )?at \\[Source:.*$", "")
                // no class names: `java.lang.String` reads as `String`
                .replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)", "$1")
                .strip();
        return line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "…" : line;
    }
}
