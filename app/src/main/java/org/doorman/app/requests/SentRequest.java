package org.doorman.app.requests;

import java.util.Objects;

/** A request just sent, as its sender may see it: {@code state} is {@code pending} or {@code accepted}. */
public record SentRequest(String id, String state) {
    public SentRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
    }
}
