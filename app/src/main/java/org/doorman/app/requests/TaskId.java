package org.doorman.app.requests;

import java.util.Optional;
import org.doorman.core.lifecycle.Ids;

/** The opaque id of a member's follow-up task ({@code task_…}). */
public record TaskId(String value) {
    public TaskId {
        Ids.require(value, "task id");
    }

    /** The id a caller sent, or empty when it cannot be one: answer that as a task the caller does not have. */
    public static Optional<TaskId> fromCaller(String text) {
        return org.doorman.app.ids.Ids.fromCaller(text, TaskId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
