package org.doorman.core.lifecycle;

import java.util.Map;
import java.util.Objects;
import org.doorman.core.screening.Language;

/** A message's text: written by a person, or rendered by the app from the member's template. */
public sealed interface MessageBody {

    record Text(String text) implements MessageBody {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** To be rendered from the member's template for {@code purpose} in {@code language} with {@code values}. */
    record Template(Purpose purpose, Language language, Map<String, String> values) implements MessageBody {
        public Template {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(language, "language");
            values = Map.copyOf(values);
        }
    }
}
