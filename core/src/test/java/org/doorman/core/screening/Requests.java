package org.doorman.core.screening;

import java.util.List;
import java.util.Optional;

/** Small factories of screening inputs for tests. */
public final class Requests {

    private Requests() {}

    public static Profile member(String name, List<String> offers) {
        return new Profile(name, "", "", offers, List.of(), List.of(), List.of(), "");
    }

    public static Profile member(String name, List<String> offers, List<String> interests, List<String> groups) {
        return new Profile(name, "", "", offers, List.of(), interests, groups, "");
    }

    public static ScreeningInput message(String text) {
        return message(text, member("Dana Berg", List.of("Steuerberatung für Freiberufler")));
    }

    public static ScreeningInput message(String text, Profile recipient) {
        return new ScreeningInput(text, Optional.empty(), recipient, null, null, null);
    }

    public static ScreeningInput message(String text, Profile recipient, SenderStats stats, RequestContext context) {
        return new ScreeningInput(text, Optional.empty(), recipient, null, stats, context);
    }

    public static RequestContext metInPerson(int times) {
        return new RequestContext(times, false, false, 0, List.of(), false);
    }
}
