package org.doorman.app.members;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.doorman.app.input.Handle;
import org.doorman.app.input.LanguageCode;
import org.doorman.app.input.Violations;

/**
 * A {@link NewMember} that passed every check, trimmed and normalized (lists never null); the only form that reaches
 * the database. The fields' rules are the constraints of {@link NewMember} and {@link Profile}, checked here for every
 * caller (the API checks them before, with the same words).
 */
record ValidMember(NewMember checked) {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    static ValidMember of(NewMember given) {
        if (given == null) {
            throw new InvalidMember("The request has no member.");
        }
        var member = given.profile() == null
                ? new NewMember(given.handle(), Profile.of(null, null), given.password())
                : given;
        var violations = VALIDATOR.validate(member);
        if (!violations.isEmpty()) {
            throw new InvalidMember(Violations.detail(violations));
        }
        String password = member.password();
        // bcrypt reads 72 bytes at most: a longer password would be cut without a word
        if (password != null && (password.length() < 8 || password.getBytes(StandardCharsets.UTF_8).length > 72)) {
            throw new InvalidMember("password must have at least 8 characters and at most 72 bytes.");
        }
        var profile = member.profile();
        return new ValidMember(new NewMember(
                Handle.Check.normalized(member.handle()),
                new Profile(
                        trimmed(profile.name()),
                        LanguageCode.Check.normalized(profile.language()),
                        trimmed(profile.headline()),
                        trimmed(profile.about()),
                        terms(profile.offers()),
                        terms(profile.seeks()),
                        terms(profile.interests()),
                        terms(profile.groups()),
                        trimmed(profile.company()),
                        trimmed(profile.email())),
                password));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> terms(List<String> values) {
        if (values == null) {
            return List.of();
        }
        var terms = new ArrayList<String>();
        for (String value : values) {
            String term = value.strip();
            if (!terms.contains(term)) {
                terms.add(term);
            }
        }
        return List.copyOf(terms);
    }
}
