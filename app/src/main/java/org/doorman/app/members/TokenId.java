package org.doorman.app.members;

import org.doorman.core.lifecycle.Ids;

/** The opaque id of one of a member's API tokens (never the token itself). */
public record TokenId(String value) {
    public TokenId {
        Ids.require(value, "token id");
    }

    /** The id a caller sent, or empty when it cannot be one: answer that as a token nobody has. */
    public static java.util.Optional<TokenId> fromCaller(String text) {
        return org.doorman.app.ids.Ids.fromCaller(text, TokenId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
