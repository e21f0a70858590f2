package org.doorman.core.screening;

import java.util.Objects;

/**
 * A named observation about a request, with its weight and the words or facts that triggered it, e.g.
 * {@code references_offer} with evidence {@code "XING-Seminare"}.
 */
public record Signal(String name, double weight, String evidence) {
    public Signal {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || Character.isWhitespace(name.charAt(0)) && name.isBlank()) {
            throw new IllegalArgumentException("a signal needs a name");
        }
        evidence = evidence == null ? "" : evidence;
    }
}
