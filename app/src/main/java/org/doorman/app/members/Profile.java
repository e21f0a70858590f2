package org.doorman.app.members;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a member says about themselves: the fields of {@code POST /members}, {@code PUT /me} and the profile views,
 * in one place. As it comes in, any field may be null; a stored member's lists are never null. {@code email} is
 * private to the member and the operator.
 */
public record Profile(
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

    public Profile {
        offers = frozen(offers);
        seeks = frozen(seeks);
        interests = frozen(interests);
        groups = frozen(groups);
    }

    /** A profile with a name and a language only. */
    public static Profile of(String name, String language) {
        return new Profile(name, language, null, null, null, null, null, null, null, null);
    }

    /** The profile as screening reads it (no language or e-mail). */
    public org.doorman.core.screening.Profile screeningProfile() {
        return new org.doorman.core.screening.Profile(name, headline, about, offers, seeks, interests, groups, company);
    }

    Profile withGroups(List<String> memberGroups) {
        return new Profile(name, language, headline, about, offers, seeks, interests, memberGroups, company, email);
    }

    /** An unmodifiable copy; null stays null, and so do null entries, which validation refuses with a reason. */
    private static List<String> frozen(List<String> values) {
        return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The same profile with this e-mail address. */
    public Profile withEmail(String address) {
        return new Profile(name, language, headline, about, offers, seeks, interests, groups, company, address);
    }
}
