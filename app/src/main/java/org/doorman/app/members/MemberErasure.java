package org.doorman.app.members;

import org.doorman.core.lifecycle.MemberId;

/**
 * The members' part of erasing a member (GDPR article 17). What other members keep of an erased member points at one
 * shared row, {@link FormerMember}, which has no handle anyone can sign in with, no credentials and no text. Calls join
 * the caller's transaction.
 */
public interface MemberErasure {

    /** The shared row that stands in for every erased member. */
    record FormerMember(MemberId id, String name) {}

    /** Whether there is such a member to erase (the former member is none). */
    boolean erasable(MemberId memberId);

    /** The former member, whose row this makes if no erasure made it before. */
    FormerMember formerMember();

    /**
     * Deletes the member's profile visits and their row; credentials, tokens, groups, strategy, templates, attendance,
     * digest and LinkedIn imports go with it (ON DELETE CASCADE). Last: other capabilities' rows point at the member.
     */
    void erase(MemberId memberId);
}
