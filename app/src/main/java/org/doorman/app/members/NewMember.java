package org.doorman.app.members;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.doorman.app.input.Handle;

/**
 * What it takes to register a member; its fields' constraints are checked by the API and by
 * {@link MemberRegistration#register}. In JSON the profile's fields stand beside the handle; lists may be null
 * (empty); {@code password} is optional and lets the member sign in to the web app.
 */
public record NewMember(
        @NotBlank(message = "is missing") @Handle String handle,
        @JsonUnwrapped @Valid Profile profile,
        String password) {

    /** A member with a name and a language only, for tests and imports that fill the rest later. */
    public static NewMember of(String handle, String name, String language) {
        return new NewMember(handle, Profile.of(name, language), null);
    }
}
