package org.doorman.app.members;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@link NewMember} that passed every check, trimmed and normalized (lists never null); the only form that reaches
 * the database.
 */
record ValidMember(NewMember checked) {

    static final Set<String> LANGUAGES = Set.of("de", "en");
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_TERMS = 50;

    static ValidMember of(NewMember member) {
        if (member == null) {
            throw new InvalidMember("The request has no member.");
        }
        String handle = trimmed(member.handle());
        if (handle == null) {
            throw new InvalidMember("handle is missing.");
        }
        handle = handle.toLowerCase(Locale.ROOT);
        if (!HANDLE.matcher(handle).matches()) {
            throw new InvalidMember("handle '" + handle
                    + "' is not valid: use 2 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
        var profile = member.profile() == null ? Profile.of(null, null) : member.profile();
        String name = trimmed(profile.name());
        if (name == null) {
            throw new InvalidMember("name is missing.");
        }
        String language = trimmed(profile.language());
        if (language == null) {
            throw new InvalidMember("language is missing: use 'de' or 'en'.");
        }
        language = language.toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new InvalidMember("language '" + profile.language() + "' is not supported: use 'de' or 'en'.");
        }
        String email = trimmed(profile.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidMember("email '" + email + "' is not an e-mail address.");
        }
        String password = member.password();
        if (password != null && (password.length() < 8 || password.getBytes(StandardCharsets.UTF_8).length > 72)) {
            throw new InvalidMember("password must have at least 8 characters and at most 72 bytes.");
        }
        return new ValidMember(new NewMember(
                handle,
                new Profile(
                        limited("name", name, 200),
                        language,
                        limited("headline", trimmed(profile.headline()), 300),
                        limited("about", trimmed(profile.about()), 20_000),
                        terms("offers", profile.offers()),
                        terms("seeks", profile.seeks()),
                        terms("interests", profile.interests()),
                        terms("groups", profile.groups()),
                        limited("company", trimmed(profile.company()), 200),
                        limited("email", email, 320)),
                password));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String limited(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidMember(field + " is longer than " + maxLength + " characters.");
        }
        return value;
    }

    private static List<String> terms(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_TERMS) {
            throw new InvalidMember(field + " has more than " + MAX_TERMS + " entries.");
        }
        var terms = new ArrayList<String>();
        for (String value : values) {
            String term = trimmed(value);
            if (term == null) {
                throw new InvalidMember(field + " contains an empty entry.");
            }
            limited(field + " entry", term, 200);
            if (!terms.contains(term)) {
                terms.add(term);
            }
        }
        return List.copyOf(terms);
    }
}
