package org.doorman.core.screening;

import java.util.Arrays;
import java.util.Optional;

/** What a contact request is, as defined by the screening contract. */
public enum Category {
    KNOWN("known"),
    ACQUAINTANCE_CLAIM("acquaintance_claim"),
    CONCRETE_NEED("concrete_need"),
    COMMON_GROUND("common_ground"),
    VAGUE_PITCH("vague_pitch"),
    SALES_PITCH("sales_pitch"),
    EMPTY("empty");

    private final String wireName;

    Category(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in JSON, strategy files and the API, e.g. {@code concrete_need}. */
    public String wireName() {
        return wireName;
    }

    public static Optional<Category> fromWireName(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }
}
