package org.doorman.app.members;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What it takes to register a member; {@link MemberRegistration#register} validates it. In JSON the profile's fields
 * stand beside the handle; lists may be null (empty); {@code password} is optional and lets the member sign in to the
 * web app.
 */
public record NewMember(String handle, @JsonUnwrapped Profile profile, String password) {

    /** A member with a name and a language only, for tests and imports that fill the rest later. */
    public static NewMember of(String handle, String name, String language) {
        return new NewMember(handle, Profile.of(name, language), null);
    }
}
