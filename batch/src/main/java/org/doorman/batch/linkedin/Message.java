package org.doorman.batch.linkedin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One message of {@code messages.csv}; its content may run over several lines. */
public record Message(
        String conversationId, Person from, List<Person> to, Optional<Instant> sentAt, String subject, String content) {
    public Message {
        conversationId = Text.orEmpty(conversationId);
        to = List.copyOf(to);
        subject = Text.orEmpty(subject);
        content = Text.orEmpty(content);
    }

    boolean involves(Person person) {
        return from.same(person) || to.stream().anyMatch(person::same);
    }

    boolean asks() {
        return content.contains("?");
    }
}
