package org.doorman.app.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorman.core.lifecycle.MessageKind;

/** {@link Conversations} in memory. */
final class InMemoryConversations implements Conversations {

    private final List<Message> messages = new ArrayList<>();

    @Override
    public synchronized Message add(
            String requestId, String authorId, MessageKind kind, String body, Instant at, boolean hidden) {
        var message =
                new Message("msg_" + (messages.size() + 1), requestId, authorId, kind.wireName(), body, at, hidden);
        messages.add(message);
        return message;
    }

    @Override
    public synchronized List<Message> of(String requestId) {
        return messages.stream().filter(m -> m.requestId().equals(requestId)).toList();
    }
}
