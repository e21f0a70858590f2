package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the stored requests say when a sender sends one more to a recipient, read together: when the sender's recent
 * requests went out (oldest first), how many of their requests of the open period were not accepted, whether one to
 * this recipient is open, when the recipient last declined this sender and last asked them a clarifying question, and
 * when the latest request of their last conversation was sent ({@link PriorConversation}).
 */
record SendingHistory(
        List<Instant> sentRecently,
        int notAccepted,
        boolean openBetween,
        Optional<Instant> lastDecline,
        Optional<Instant> lastQuestion,
        Optional<Instant> lastConversation) {
    SendingHistory {
        sentRecently = List.copyOf(sentRecently);
        Objects.requireNonNull(lastDecline, "lastDecline");
        Objects.requireNonNull(lastQuestion, "lastQuestion");
        Objects.requireNonNull(lastConversation, "lastConversation");
    }
}
