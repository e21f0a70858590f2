package org.doorman.app.senders;

import java.util.Arrays;
import java.util.Optional;

/** Where a sender stands with the operator: in good standing, warned, limited (tighter limits) or suspended. */
public enum Standing {
    GOOD("good"),
    WARNED("warned"),
    LIMITED("limited"),
    SUSPENDED("suspended");

    private final String wireName;

    Standing(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    static Optional<Standing> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
