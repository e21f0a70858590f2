package org.doorman.app.contacts;

import java.time.Instant;

/**
 * The confirmed contacts between members. A contact is mutual: confirming or removing it acts on both directions.
 * Calls join the caller's transaction.
 */
public interface Contacts {

    /** Confirms the contact in both directions; confirming an existing contact again changes nothing. */
    void confirm(String memberId, String otherId, String requestId, Instant at);

    /** Whether the two members are contacts. */
    boolean connected(String a, String b);

    /** Removes the contact in both directions without telling anyone; false when there was none. */
    boolean remove(String memberId, String otherId);
}
