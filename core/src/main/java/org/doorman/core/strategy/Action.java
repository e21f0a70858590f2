package org.doorman.core.strategy;

import java.util.Arrays;
import java.util.Optional;

/** What a member's strategy does with a request, as defined by the screening contract. */
public enum Action {
    ACCEPT("accept"),
    ACCEPT_AND_FOLLOW_UP("accept_and_follow_up"),
    ASK("ask"),
    INVITE_TO_EVENT("invite_to_event"),
    DECLINE("decline"),
    REVIEW("review");

    private final String wireName;

    Action(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Action> fromWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }
}
