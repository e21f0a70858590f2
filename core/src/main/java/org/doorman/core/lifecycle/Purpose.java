package org.doorman.core.lifecycle;

import java.util.Arrays;
import java.util.Optional;
import org.doorman.core.screening.Category;

/** What a message template is for; the member may edit the template of each purpose and language. */
public enum Purpose {
    CLARIFY_VAGUE_PITCH("clarify_vague_pitch"),
    CLARIFY_EMPTY("clarify_empty"),
    CLARIFY_COMMON_GROUND("clarify_common_ground"),
    INVITE_TO_EVENT("invite_to_event"),
    FOLLOW_UP_TASK("follow_up_task");

    private final String wireName;

    Purpose(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The purpose with this name on the wire (the REST API, the database), if there is one. */
    public static Optional<Purpose> fromWireName(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
    }

    /** The clarifying question that fits a category: what the benefits are, why, or a warmer question. */
    public static Purpose clarifying(Category category) {
        return switch (category) {
            case EMPTY -> CLARIFY_EMPTY;
            case COMMON_GROUND -> CLARIFY_COMMON_GROUND;
            case VAGUE_PITCH, KNOWN, ACQUAINTANCE_CLAIM, CONCRETE_NEED, SALES_PITCH -> CLARIFY_VAGUE_PITCH;
        };
    }
}
