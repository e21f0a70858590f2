package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.MessageKind;
import org.doorman.core.lifecycle.RequestId;

/** The messages of each request's conversation, in the order they were written. */
interface Conversations {

    /**
     * One message as stored; {@code kind} is a {@link MessageKind} wire name. A {@code hidden} message is one the
     * requester wrote after the member declined or removed them: its author sees it, the member never does.
     */
    record Message(
            String id, RequestId request, MemberId author, String kind, String body, Instant sentAt, boolean hidden) {}

    /** Stores a message and answers it with its new id. */
    Message add(RequestId request, MemberId author, MessageKind kind, String body, Instant at, boolean hidden);

    /** The request's messages, oldest first. */
    List<Message> of(RequestId request);
}
