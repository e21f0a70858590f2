package org.doorman.app.strategy;

import java.util.Objects;
import org.doorman.core.lifecycle.Purpose;
import org.doorman.core.screening.Language;

/** A template in a member's own words. */
record OwnTemplate(Purpose purpose, Language language, String body) {
    OwnTemplate {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(body, "body");
    }
}
