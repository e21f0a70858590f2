package org.doorman.app.members;

import java.util.List;

/**
 * What it takes to register a member; {@link MemberRegistration#register} validates it. Lists may be null (empty);
 * {@code password} is optional and lets the member sign in to the web app.
 */
public record NewMember(
        String handle,
        String name,
        String language,
        String headline,
        String about,
        List<String> offers,
        List<String> seeks,
        List<String> interests,
        List<String> groups,
        String company,
        String email,
        String password) {

    /** A member with a name and a language only, for tests and imports that fill the rest later. */
    public static NewMember of(String handle, String name, String language) {
        return new NewMember(handle, name, language, null, null, null, null, null, null, null, null, null);
    }
}
