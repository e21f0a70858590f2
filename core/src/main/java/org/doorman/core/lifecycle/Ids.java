package org.doorman.core.lifecycle;

/** The one rule for an id's text, in the core and the app alike: not blank, at most 40 characters. */
public final class Ids {
    private Ids() {}

    /** Refuses {@code value} as a {@code what} ("member id") with an {@link IllegalArgumentException} unless it is one. */
    public static void require(String value, String what) {
        String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(article + what + " cannot be blank");
        }
        if (value.length() > 40) {
            throw new IllegalArgumentException(article + what + " has at most 40 characters");
        }
    }
}
