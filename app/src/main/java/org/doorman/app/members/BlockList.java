package org.doorman.app.members;

import org.doorman.core.lifecycle.MemberId;

/** Who blocked whom, as the request desk asks it: a blocked member's requests answer as if one were pending. */
public interface BlockList {

    /** Whether {@code blockerId} blocked {@code otherId}. */
    boolean blocked(MemberId blockerId, MemberId otherId);
}
