package org.doorman.app.webhooks;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The operator's webhooks (see the security set-up); the secret is shown once, when the hook is registered. */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhooksController {

    private final WebhookRegistration registration;
    private final JdbcWebhooks webhooks;
    private final Clock clock;

    WebhooksController(WebhookRegistration registration, JdbcWebhooks webhooks, Clock clock) {
        this.registration = registration;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a webhook (operator); its signing secret is shown this once")
    Registered register(@RequestBody NewWebhook body) {
        var target = registration.register(body == null ? null : body.url(), clock.instant());
        return new Registered(target.id().value(), target.url(), target.secret(), target.createdAt(), SIGNATURE);
    }

    @GetMapping
    @Operation(summary = "The registered webhooks (operator)")
    List<WebhookView> webhooks() {
        return webhooks.targets().stream()
                .map(t -> new WebhookView(t.id().value(), t.url(), t.createdAt()))
                .toList();
    }

    /** Rotates the hook's secret; the new one is shown this once. */
    @PostMapping("/{id}/secret")
    @Operation(summary = "Rotate a webhook's signing secret (operator); the new one is shown this once")
    Rotated rotate(@PathVariable String id) {
        return WebhookId.fromCaller(id)
                .flatMap(registration::rotate)
                .map(secret -> new Rotated(id, secret, clock.instant(), SIGNATURE))
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no webhook " + id + "."));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a webhook (operator)")
    void remove(@PathVariable String id) {
        if (!WebhookId.fromCaller(id).map(webhooks::remove).orElse(false)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no webhook " + id + ".");
        }
    }

    private static final String SIGNATURE =
            "X-Doorman-Signature: sha256=<hex HMAC-SHA256 of \"<X-Doorman-Timestamp>.<body>\" keyed by this secret>";

    record NewWebhook(String url) {}

    record Registered(String id, URI url, String secret, Instant createdAt, String signature) {}

    record WebhookView(String id, URI url, Instant createdAt) {}

    record Rotated(String id, String secret, Instant rotatedAt, String signature) {}
}
