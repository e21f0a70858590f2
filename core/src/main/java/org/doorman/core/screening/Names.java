package org.doorman.core.screening;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The lower-cased name parts of recipient and sender, which are neither content nor cues. */
record Names(Set<String> recipient, Set<String> sender) {

    static Names of(ScreeningInput input) {
        return new Names(parts(input.recipient().name()), parts(input.sender().name()));
    }

    boolean contains(String token) {
        return recipient.contains(token) || sender.contains(token);
    }

    private static Set<String> parts(String name) {
        var parts = new HashSet<String>();
        for (var part : name.toLowerCase(Locale.ROOT).split("[\\s.,\\-]+")) {
            if (part.length() > 1) {
                parts.add(part);
            }
        }
        return parts;
    }
}
