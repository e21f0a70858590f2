package org.doorman.core.lifecycle;

/** The kinds of messages in a request's conversation, as stored in {@code request_messages.kind}. */
public enum MessageKind {
    REQUEST("request"),
    CLARIFYING_QUESTION("clarifying_question"),
    INVITATION("invitation"),
    REPLY("reply"),
    MESSAGE("message");

    private final String wireName;

    MessageKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
