package org.doorman.app.senders;

import java.util.Arrays;
import java.util.Optional;

/** Why a recipient reported a request. */
public enum ReportReason {
    UNKNOWN_PERSON("unknown_person"),
    SPAM("spam");

    private final String wireName;

    ReportReason(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ReportReason> fromWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }
}
