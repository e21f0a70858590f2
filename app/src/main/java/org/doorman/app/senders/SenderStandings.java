package org.doorman.app.senders;

/** Whether a member may send requests, and under which limits. Calls join the caller's transaction. */
public interface SenderStandings {

    /** The member's standing; {@link Standing#GOOD} when nothing was decided about them. */
    Standing of(String senderId);
}
