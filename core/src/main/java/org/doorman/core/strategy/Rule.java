package org.doorman.core.strategy;

import java.util.Objects;
import java.util.Optional;

/**
 * One rule of a strategy, as data: an id and a description (shown with every decision it takes), the condition and
 * the action. {@code meetings} is the number of meetings an {@link Action#INVITE_TO_EVENT} rule waits for.
 */
public record Rule(String id, String description, Condition when, Action action, Optional<Integer> meetings) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(meetings, "meetings");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a rule needs an id");
        }
        description = description == null || description.isBlank() ? id : description;
        if (action == Action.INVITE_TO_EVENT && meetings.isEmpty()) {
            meetings = Optional.of(2);
        }
        if (meetings.isPresent() && (meetings.get() < 1 || meetings.get() > 10)) {
            throw new IllegalArgumentException("meetings lie between 1 and 10, was " + meetings.get());
        }
    }

    public Rule(String id, String description, Condition when, Action action) {
        this(id, description, when, action, Optional.empty());
    }
}
