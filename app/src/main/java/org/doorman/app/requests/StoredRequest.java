package org.doorman.app.requests;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.doorman.core.lifecycle.ContactRequest;

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

    String id() {
        return request.id().value();
    }

    String senderId() {
        return request.sender().value();
    }

    String recipientId() {
        return request.recipient().value();
    }

    /** What the recipient's strategy found and decided, with the rule and the reason in words. */
    record ScreeningRecord(
            String category,
            double confidence,
            String action,
            String ruleId,
            String rule,
            String explanation,
            String language) {}
}
