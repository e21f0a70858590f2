package org.doorman.app.api;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A NUL character (U+0000) in a text of a JSON body: PostgreSQL cannot store it and no person writes it, so every
 * text with one is refused where it is read, as a 400 that names the field.
 */
final class NulCharacter extends InvalidFormatException {

    static final String DETAIL = "contains a NUL character (\\u0000)";

    /** Where inside a tree the NUL stands ({@code rules[0].id}), or empty for a plain text found by its path. */
    private final String within;

    NulCharacter(JsonParser parser, String within) {
        super(parser, DETAIL, null, String.class);
        this.within = within;
    }

    /** Where the NUL stands, given where Jackson was in the body: {@code strategy.rules[0].id}. */
    String where(String path) {
        return path.isEmpty() ? within : within.isEmpty() ? path : path + "." + within;
    }

    static boolean in(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }
}
