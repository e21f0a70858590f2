package org.doorman.core.lifecycle;

/**
 * Whose side of a request a webhook event belongs to. {@link #RECIPIENT} events (a decision, including a decline)
 * must never be shown to the requester; {@link #BOTH} events may be.
 */
public enum Audience {
    RECIPIENT("recipient"),
    BOTH("both");

    private final String wireName;

    Audience(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
