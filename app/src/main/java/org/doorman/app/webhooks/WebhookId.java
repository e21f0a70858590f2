package org.doorman.app.webhooks;

import org.doorman.core.lifecycle.Ids;

/** The opaque id of a registered webhook ({@code wh_…}). */
public record WebhookId(String value) {
    public WebhookId {
        Ids.require(value, "webhook id");
    }

    /** The id a caller sent, or empty when it cannot be one: answer that as a webhook nobody registered. */
    public static java.util.Optional<WebhookId> fromCaller(String text) {
        return org.doorman.app.ids.Ids.fromCaller(text, WebhookId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
