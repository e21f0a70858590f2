package org.doorman.app.requests;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The caller's mistakes, as RFC 9457 problem details with a detail a person can act on. */
final class RequestProblems {

    private RequestProblems() {}

    static ErrorResponseException of(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

    static ErrorResponseException badInput(String detail) {
        return of(HttpStatus.BAD_REQUEST, detail);
    }

    static ErrorResponseException tooLong(String what, int length, int max) {
        return of(
                HttpStatus.CONTENT_TOO_LARGE,
                what + " has " + length + " characters; at most " + max + " are accepted.");
    }

    /** Also for someone else's request: answering 404 does not reveal that it exists. */
    static ErrorResponseException noRequest(String id) {
        return of(HttpStatus.NOT_FOUND, "There is no request " + id + " of yours.");
    }

    static ErrorResponseException conflict(String detail) {
        return of(HttpStatus.CONFLICT, detail);
    }

    static ErrorResponseException unprocessable(String detail) {
        return of(HttpStatus.UNPROCESSABLE_CONTENT, detail);
    }
}
