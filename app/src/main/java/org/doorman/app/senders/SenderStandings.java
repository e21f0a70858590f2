package org.doorman.app.senders;

import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;

/** Whether a member may send requests, and under which limits. Calls join the caller's transaction. */
public interface SenderStandings {

    /** What a warned sender reads with each request they send, until the operator reinstates them. */
    String WARNING = "A note from the network's operator: some of your contact requests read like mass mailings"
            + " (alike texts, questions left unanswered). Please write to each person about why you want to connect"
            + " with them and answer their questions; otherwise sending requests may be limited.";

    /** The member's standing; {@link Standing#GOOD} when nothing was decided about them. */
    Standing of(MemberId sender);

    /** The operator's warning, while the sender stands warned; empty otherwise. */
    default Optional<String> notice(MemberId sender) {
        return of(sender) == Standing.WARNED ? Optional.of(WARNING) : Optional.empty();
    }
}
