package org.doorman.app.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/** POSTs one delivery, signed, bounded by {@code doorman.webhooks.timeout}, and counts how it went. */
@Component
class WebhookPoster {

    private final WebhookSettings settings;
    private final Clock clock;
    private final WebhookAddressPolicy addresses;
    private final WebhookMetrics metrics;
    private final HttpClient http;

    WebhookPoster(WebhookSettings settings, Clock clock, WebhookAddressPolicy addresses, WebhookMetrics metrics) {
        this.settings = settings;
        this.clock = clock;
        this.addresses = addresses;
        this.metrics = metrics;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** POSTs one delivery; answers null when it was taken (2xx), else why not. */
    String post(Delivery delivery) {
        if (delivery.url() == null) {
            metrics.failed(WebhookMetrics.Cause.REMOVED, 0);
            return "the webhook was removed";
        }
        long started = System.nanoTime();
        try {
            var refused = addresses.refusal(URI.create(delivery.url()), true);
            if (refused.isPresent()) {
                metrics.failed(WebhookMetrics.Cause.ERROR, 0);
                return "refused: " + refused.get();
            }
            long timestamp = clock.instant().getEpochSecond();
            var request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Doorman-Webhooks")
                    .header(WebhookSignature.EVENT_ID, String.valueOf(delivery.eventId()))
                    .header(WebhookSignature.EVENT_TYPE, delivery.type())
                    .header(WebhookSignature.DELIVERY, delivery.id())
                    .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                    .header(
                            WebhookSignature.SIGNATURE,
                            WebhookSignature.sign(delivery.secret(), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                    .build();
            var pending = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            try {
                var response = pending.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
                if (response.statusCode() / 100 == 2) {
                    metrics.delivered(System.nanoTime() - started);
                    return null;
                }
                metrics.failed(WebhookMetrics.Cause.STATUS, System.nanoTime() - started);
                return "HTTP " + response.statusCode();
            } catch (TimeoutException e) {
                pending.cancel(true);
                metrics.failed(WebhookMetrics.Cause.ERROR, System.nanoTime() - started);
                return "timed out: no complete answer within " + settings.timeout();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                metrics.failed(WebhookMetrics.Cause.ERROR, System.nanoTime() - started);
                return cause.getClass().getSimpleName() + ": " + cause.getMessage();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            metrics.failed(WebhookMetrics.Cause.ERROR, System.nanoTime() - started);
            return "interrupted";
        } catch (Exception e) {
            metrics.failed(WebhookMetrics.Cause.ERROR, System.nanoTime() - started);
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
