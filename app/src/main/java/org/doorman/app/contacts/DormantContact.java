package org.doorman.app.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A candidate for silent removal, with the reasons in the order of their weight. */
record DormantContact(ContactView contact, List<Reason> reasons, Optional<MotiveQuestion> motiveQuestion) {

    enum Reason {
        /** Asked about their motive and silent past the deadline: the strongest sign, first in the list. */
        MOTIVE_UNANSWERED("motive_unanswered"),
        NO_MESSAGES("no_messages"),
        NO_MEETING("no_meeting");

        private final String wireName;

        Reason(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    boolean silentPastDeadline() {
        return reasons.contains(Reason.MOTIVE_UNANSWERED);
    }

    /** Whether a motive question is out and its deadline not passed yet. */
    public boolean waitingForAnswer(Instant now) {
        return motiveQuestion
                .map(q -> !q.answered() && q.deadline().isAfter(now))
                .orElse(false);
    }
}
