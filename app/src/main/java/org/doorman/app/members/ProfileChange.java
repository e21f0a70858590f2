package org.doorman.app.members;

import java.util.List;

/** A member's own profile as they set it with {@code PUT /me} or the profile page: the fields of a new member but the handle and password. */
public record ProfileChange(
        String name,
        String language,
        String headline,
        String about,
        List<String> offers,
        List<String> seeks,
        List<String> interests,
        List<String> groups,
        String company,
        String email) {}
