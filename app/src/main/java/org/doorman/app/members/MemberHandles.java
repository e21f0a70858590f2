package org.doorman.app.members;

import java.util.Collection;
import java.util.Map;
import org.doorman.core.lifecycle.MemberId;

/**
 * Members' handles and names by id, for the copies of conversations and contacts a member's export holds. Calls join
 * the caller's transaction.
 */
public interface MemberHandles {

    record HandleAndName(String handle, String name) {}

    /** The handles and names of those among {@code ids} who are members; ids of no member are left out. */
    Map<MemberId, HandleAndName> byId(Collection<MemberId> ids);
}
