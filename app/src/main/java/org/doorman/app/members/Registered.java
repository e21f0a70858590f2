package org.doorman.app.members;

import org.doorman.core.lifecycle.MemberId;

/** A member just registered: their id and the API token, which is shown this once and stored only as a hash. */
public record Registered(String id, String handle, String token) {

    /** The id, typed, for the services that take one. */
    public MemberId memberId() {
        return new MemberId(id);
    }
}
