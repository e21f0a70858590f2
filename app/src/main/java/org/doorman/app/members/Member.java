package org.doorman.app.members;

import java.util.List;

/** A member and their profile; {@code email} is private to the member and the operator. */
public record Member(
        String id,
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
        String email) {

    public Member {
        offers = List.copyOf(offers);
        seeks = List.copyOf(seeks);
        interests = List.copyOf(interests);
        groups = List.copyOf(groups);
    }

    /** The profile as screening reads it (no handle, language or e-mail). */
    public org.doorman.core.screening.Profile screeningProfile() {
        return new org.doorman.core.screening.Profile(name, headline, about, offers, seeks, interests, groups, company);
    }

    Member withGroups(List<String> memberGroups) {
        return new Member(
                id, handle, name, language, headline, about, offers, seeks, interests, memberGroups, company, email);
    }
}
