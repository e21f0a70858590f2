package org.doorman.core.lifecycle;

import java.util.Arrays;
import java.util.Optional;

/** Where a contact request stands, as its recipient sees it. */
public enum RequestState {
    SCREENING("screening"),
    AWAITING_REPLY("awaiting_reply"),
    IN_DIALOG("in_dialog"),
    AWAITING_MEETINGS("awaiting_meetings"),
    REVIEW("review"),
    ACCEPTED("accepted"),
    DECLINED("declined");

    private final String wireName;

    RequestState(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** An open request still waits for something: a reply, meetings or the member. */
    public boolean open() {
        return this != ACCEPTED && this != DECLINED;
    }

    /** What the requester may see: {@code accepted} or {@code pending}, so that a decline stays silent. */
    public String senderView() {
        return this == ACCEPTED ? "accepted" : "pending";
    }

    public static Optional<RequestState> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
