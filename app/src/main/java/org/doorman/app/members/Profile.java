package org.doorman.app.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.doorman.app.input.LanguageCode;

/**
 * What a member says about themselves: the fields of {@code POST /members}, {@code PUT /me} and the profile views,
 * in one place. As it comes in, any field may be null, and its constraints are checked by the API and again before
 * it is stored ({@link ValidMember}); a stored member's lists are never null. {@code email} is private to the member
 * and the operator.
 */
public record Profile(
        @NotBlank(message = "is missing") @Size(max = 200, message = "is longer than 200 characters")
        String name,

        @NotBlank(message = "is missing: use 'de' or 'en'") @LanguageCode
        String language,

        @Size(max = 300, message = "is longer than 300 characters")
        String headline,

        @Size(max = 20_000, message = "is longer than 20000 characters")
        String about,

        @Size(max = 50, message = "has more than 50 entries")
        List<@Term String> offers,

        @Size(max = 50, message = "has more than 50 entries")
        List<@Term String> seeks,

        @Size(max = 50, message = "has more than 50 entries")
        List<@Term String> interests,

        @Size(max = 50, message = "has more than 50 entries")
        List<@Term String> groups,

        @Size(max = 200, message = "is longer than 200 characters")
        String company,

        @Size(max = 320, message = "is longer than 320 characters")
        @Pattern(regexp = EMAIL, message = "'${validatedValue}' is not an e-mail address")
        String email) {

    /** An address with one @ and a dot after it, or nothing: a blank e-mail is none. */
    static final String EMAIL = "\\s*|\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*";

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
