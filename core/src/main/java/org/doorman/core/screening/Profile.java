package org.doorman.core.screening;

import java.util.List;

/** What a member's profile says about them; any field may be empty when unknown. */
public record Profile(
        String name,
        String headline,
        String about,
        List<String> offers,
        List<String> seeks,
        List<String> interests,
        List<String> groups,
        String company) {
    public Profile {
        name = orEmpty(name);
        headline = orEmpty(headline);
        about = orEmpty(about);
        offers = List.copyOf(offers == null ? List.of() : offers);
        seeks = List.copyOf(seeks == null ? List.of() : seeks);
        interests = List.copyOf(interests == null ? List.of() : interests);
        groups = List.copyOf(groups == null ? List.of() : groups);
        company = orEmpty(company);
    }

    public static Profile unknown() {
        return new Profile("", "", "", List.of(), List.of(), List.of(), List.of(), "");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
