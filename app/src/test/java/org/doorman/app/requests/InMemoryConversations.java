package org.doorman.app.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.MessageKind;
import org.doorman.core.lifecycle.RequestId;

/** {@link Conversations} in memory. */
final class InMemoryConversations implements Conversations {

    private final List<Message> messages = new ArrayList<>();

    @Override
    public synchronized Message add(
            RequestId request, MemberId author, MessageKind kind, String body, Instant at, boolean hidden) {
        var message = new Message("msg_" + (messages.size() + 1), request, author, kind.wireName(), body, at, hidden);
        messages.add(message);
        return message;
    }

    @Override
    public synchronized List<Message> of(RequestId request) {
        return messages.stream().filter(m -> m.request().equals(request)).toList();
    }
}
