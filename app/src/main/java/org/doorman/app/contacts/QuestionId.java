package org.doorman.app.contacts;

import org.doorman.core.lifecycle.Ids;

/** The opaque id of a motive question a member put to a contact ({@code mq_…}). */
public record QuestionId(String value) {
    public QuestionId {
        Ids.require(value, "question id");
    }

    /** The id a caller sent, or empty when it cannot be one: answer that as a question nobody asked. */
    public static java.util.Optional<QuestionId> fromCaller(String text) {
        return org.doorman.app.ids.Ids.fromCaller(text, QuestionId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
