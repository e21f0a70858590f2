package org.doorman.app.strategy;

import java.util.Arrays;
import java.util.Optional;

/** What a message template is for. */
enum Purpose {
    CLARIFY_VAGUE_PITCH("clarify_vague_pitch"),
    CLARIFY_EMPTY("clarify_empty"),
    CLARIFY_COMMON_GROUND("clarify_common_ground"),
    INVITE_TO_EVENT("invite_to_event"),
    FOLLOW_UP_TASK("follow_up_task");

    private final String wireName;

    Purpose(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    static Optional<Purpose> fromWireName(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
    }
}
