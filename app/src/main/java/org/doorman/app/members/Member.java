package org.doorman.app.members;

import java.util.List;
import java.util.Objects;
import org.doorman.core.lifecycle.MemberId;

/** A member, known by id and handle, and their profile. */
public record Member(String id, String handle, Profile profile) {

    public Member {
        Objects.requireNonNull(profile, "profile");
    }

    /** The id, typed, for the services that take one. */
    public MemberId memberId() {
        return new MemberId(id);
    }

    public String name() {
        return profile.name();
    }

    public String language() {
        return profile.language();
    }

    /** The profile as screening reads it (no handle, language or e-mail). */
    public org.doorman.core.screening.Profile screeningProfile() {
        return profile.screeningProfile();
    }

    Member withGroups(List<String> memberGroups) {
        return new Member(id, handle, profile.withGroups(memberGroups));
    }
}
