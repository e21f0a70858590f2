package org.doorman.core.lifecycle;

import java.util.Arrays;
import java.util.Optional;

/** A member's own decision on a request, which overrides their strategy. */
public enum Verdict {
    ACCEPT("accept"),
    DECLINE("decline");

    private final String wireName;

    Verdict(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Verdict> fromWireName(String name) {
        return Arrays.stream(values()).filter(v -> v.wireName.equals(name)).findFirst();
    }
}
