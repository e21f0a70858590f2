package org.doorman.core.screening;

import java.util.Objects;

/** A request with the category a person gave it, and who wrote it: the unit of training and of cross-validation. */
public record LabelledRequest(String id, String writer, ScreeningInput input, Category category) {
    public LabelledRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(category, "category");
    }
}
