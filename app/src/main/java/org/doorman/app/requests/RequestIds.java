package org.doorman.app.requests;

import java.util.Optional;
import org.doorman.app.ids.Ids;
import org.doorman.core.lifecycle.RequestId;

/**
 * Request ids as callers name them in a path. One that cannot be an id at all (blank, too long, with a NUL) is
 * answered exactly as an id that names no request of the caller's: a 404, so that no answer tells the two apart.
 */
final class RequestIds {

    private RequestIds() {}

    /** The id, if {@code raw} can be one. */
    static Optional<RequestId> parse(String raw) {
        return Ids.fromCaller(raw, RequestId::new);
    }

    /** The id the caller named; 404 as for an unknown request when {@code raw} cannot be one. */
    static RequestId named(String raw) {
        return parse(raw).orElseThrow(() -> RequestProblems.noRequest(raw));
    }
}
