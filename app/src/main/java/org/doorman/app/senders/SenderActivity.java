package org.doorman.app.senders;

import java.time.Instant;
import java.util.Objects;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;

/**
 * What happens to a sender's requests, as the requests capability announces it (Spring application events, published
 * inside the transaction that made the change); the senders capability keeps its record from them.
 */
public sealed interface SenderActivity {

    RequestId request();

    Instant at();

    /** A request went out; {@code recipientName} lets its salutation be set aside when texts are compared. */
    record Sent(RequestId request, MemberId sender, MemberId recipient, String recipientName, String text, Instant at)
            implements SenderActivity {
        public Sent {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Doorman asked the sender a clarifying question in the request. */
    record QuestionAsked(RequestId request, Instant at) implements SenderActivity {}

    /** The sender wrote in the request's conversation: an answer to any question asked before. */
    record SenderWrote(RequestId request, Instant at) implements SenderActivity {}

    /** The request was accepted, or declined (silently, as far as the sender can tell). */
    record Decided(RequestId request, boolean accepted, Instant at) implements SenderActivity {}

    /** The recipient reported the request: they do not know the sender, or it is spam. */
    record Reported(RequestId request, MemberId recipient, ReportReason reason, Instant at) implements SenderActivity {}
}
