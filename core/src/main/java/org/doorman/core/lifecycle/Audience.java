package org.doorman.core.lifecycle;

/**
 * Whose side of a request a webhook event belongs to. {@link #RECIPIENT} events (a decision, including a decline)
 * must never be shown to the requester; {@link #BOTH} events may be. {@link #REQUESTER} events are for the requester's
 * side only: a message they wrote after a silent decline, announced to them as any other, never to the member.
 */
public enum Audience {
    RECIPIENT("recipient"),
    BOTH("both"),
    REQUESTER("requester");

    private final String wireName;

    Audience(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
