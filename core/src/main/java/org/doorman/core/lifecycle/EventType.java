package org.doorman.core.lifecycle;

/** The webhook events of the request lifecycle. */
public enum EventType {
    REQUEST_RECEIVED("request.received"),
    REQUEST_DECIDED("request.decided"),
    MESSAGE_CREATED("message.created"),
    CONTACT_CONFIRMED("contact.confirmed"),
    TASK_CREATED("task.created"),
    TASK_REMINDER("task.reminder");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
