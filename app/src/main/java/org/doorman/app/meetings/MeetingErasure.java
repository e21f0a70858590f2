package org.doorman.app.meetings;

import org.doorman.core.lifecycle.MemberId;

/** The meetings' part of erasing a member (GDPR article 17). Calls join the caller's transaction. */
public interface MeetingErasure {

    /**
     * Deletes the meetings the member recorded; those others recorded with the member stay, with {@code formerMember}
     * in the member's place.
     */
    void erase(MemberId memberId, MemberId formerMember);
}
