package org.doorman.app.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** A registered webhook: deliveries go to {@code url}, signed with HMAC-SHA256 keyed by {@code secret}. */
public record WebhookTarget(WebhookId id, URI url, String secret, Instant createdAt) {
    public WebhookTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public String toString() {
        return "WebhookTarget[id=" + id + ", url=" + url + ", createdAt=" + createdAt + "]"; // never the secret
    }
}
