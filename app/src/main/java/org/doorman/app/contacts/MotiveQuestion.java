package org.doorman.app.contacts;

import java.time.Instant;
import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;

/** A question to a contact about their motive for connecting, and their answer if they gave one. */
public record MotiveQuestion(
        QuestionId id,
        MemberId memberId,
        MemberId contactId,
        String body,
        Instant askedAt,
        Instant deadline,
        Optional<String> answer,
        Optional<Instant> answeredAt) {

    boolean unansweredAt(Instant now) {
        return answer.isEmpty() && !deadline.isAfter(now);
    }

    public boolean answered() {
        return answer.isPresent();
    }
}
