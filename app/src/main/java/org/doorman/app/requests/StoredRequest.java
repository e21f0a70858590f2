package org.doorman.app.requests;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.doorman.core.lifecycle.ContactRequest;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;

/**
 * A contact request as stored: its lifecycle state with the row's {@code version} (optimistic locking), the text,
 * when it was sent, and what screening found (empty only while a request is being screened).
 */
record StoredRequest(
        ContactRequest request, int version, String message, Instant sentAt, Optional<ScreeningRecord> screening) {
    StoredRequest {
        Objects.requireNonNull(request, "request");
        message = message == null ? "" : message;
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(screening, "screening");
    }

    RequestId id() {
        return request.id();
    }

    MemberId sender() {
        return request.sender();
    }

    MemberId recipient() {
        return request.recipient();
    }
}
