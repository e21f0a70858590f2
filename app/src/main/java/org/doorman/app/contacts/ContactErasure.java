package org.doorman.app.contacts;

import java.util.Collection;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;

/** The contacts' part of erasing a member (GDPR article 17). Calls join the caller's transaction. */
public interface ContactErasure {

    /**
     * Deletes the member's contacts in both directions and those made by the requests the member received (which the
     * erasure deletes next).
     */
    void erase(MemberId memberId, Collection<RequestId> received);
}
