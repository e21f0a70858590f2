package org.doorman.app.members;

import java.util.Collection;
import java.util.Map;
import org.doorman.core.lifecycle.MemberId;

/** Members' names by id, for the lists other capabilities show. Calls join the caller's transaction. */
public interface MemberNames {

    /** The names of those among {@code ids} who are members; ids of no member are left out. */
    Map<MemberId, String> of(Collection<MemberId> ids);
}
