package org.doorman.app.members;

import java.util.List;
import java.util.Map;

/**
 * A member's own profile as they set it with {@code PUT /me} or the profile page: the fields of a new member but the
 * handle and password, and, optionally, the digest settings (see {@link OwnSettings}).
 */
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
        String email,
        Map<String, String> digest) {

    public ProfileChange(
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
        this(name, language, headline, about, offers, seeks, interests, groups, company, email, null);
    }

    /** The fields given for the named {@link OwnSettings}, if any. */
    java.util.Optional<Map<String, String>> settings(String name) {
        return "digest".equals(name) ? java.util.Optional.ofNullable(digest) : java.util.Optional.empty();
    }
}
