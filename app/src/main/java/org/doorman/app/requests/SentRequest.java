package org.doorman.app.requests;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A request just sent, as its sender may see it: {@code state} is {@code pending} or {@code accepted}; {@code notice}
 * is the operator's warning to a warned sender, absent otherwise.
 */
public record SentRequest(
        String id,
        String state,
        @JsonInclude(JsonInclude.Include.NON_NULL) String notice) {
    public SentRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
    }

    public SentRequest(String id, String state) {
        this(id, state, null);
    }

    SentRequest withNotice(String words) {
        return new SentRequest(id, state, words);
    }
}
