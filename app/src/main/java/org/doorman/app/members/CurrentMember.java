package org.doorman.app.members;

import java.io.Serializable;
import org.doorman.core.lifecycle.MemberId;

/**
 * The member behind an authenticated request, from a bearer token or a web session. Controllers take it with
 * {@code @AuthenticationPrincipal CurrentMember me}.
 */
public record CurrentMember(String id, String handle, String name, String language) implements Serializable {

    /** The id, typed, for the services that take one. */
    public MemberId memberId() {
        return new MemberId(id);
    }
}
