package org.doorman.app.webhooks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * POSTs one delivery, signed, and counts how it went. The client (Apache HttpClient) resolves every host through the
 * {@link WebhookAddressPolicy}, so it connects only to addresses the policy allows at connect time; it opens a
 * connection per delivery, follows no redirect, retries nothing itself, and a delivery that has no complete answer
 * within {@code doorman.webhooks.timeout} (from connecting to the last byte) is cancelled.
 */
@Component
class WebhookPoster implements DisposableBean {

    private final WebhookSettings settings;
    private final Clock clock;
    private final WebhookMetrics metrics;
    private final CloseableHttpClient http;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("doorman-webhook-timeouts").daemon().factory());

    WebhookPoster(
            WebhookSettings settings,
            WebhookSettings.Relay relay,
            Clock clock,
            WebhookAddressPolicy addresses,
            WebhookMetrics metrics) {
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
        var timeout = Timeout.of(settings.timeout());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver(addresses))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout)
                                .setSocketTimeout(timeout)
                                .build())
                        // every delivery of a claimed batch is on the wire at once, all to one receiver at worst
                        .setMaxConnTotal(relay.batchSize())
                        .setMaxConnPerRoute(relay.batchSize())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(timeout)
                        .setResponseTimeout(timeout)
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                // A connection per delivery: no stale kept-alive connection fails a POST that is never retried by
                // the client, and every delivery resolves its host through the policy again.
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("Doorman-Webhooks")
                .build();
    }

    private static DnsResolver resolver(WebhookAddressPolicy addresses) {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return addresses.allowed(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host; // asked only for authentication schemes, which webhooks do not use
            }
        };
    }

    /** POSTs one delivery; answers null when it was taken (2xx), else why not. */
    String post(Delivery delivery) {
        if (delivery.url() == null) {
            metrics.failed(WebhookMetrics.Cause.REMOVED, 0);
            return "the webhook was removed";
        }
        long started = System.nanoTime();
        long timestamp = clock.instant().getEpochSecond();
        var request = new HttpPost(delivery.url());
        request.setHeader(WebhookSignature.EVENT_ID, String.valueOf(delivery.eventId()));
        request.setHeader(WebhookSignature.EVENT_TYPE, delivery.type());
        request.setHeader(WebhookSignature.DELIVERY, delivery.id());
        request.setHeader(WebhookSignature.TIMESTAMP, Long.toString(timestamp));
        request.setHeader(
                WebhookSignature.SIGNATURE, WebhookSignature.sign(delivery.secret(), timestamp, delivery.payload()));
        request.setEntity(
                new StringEntity(delivery.payload(), ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        // The socket timeout bounds each read; this bounds the whole exchange.
        var deadline = deadlines.schedule(request::cancel, settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            int status = http.execute(request, response -> response.getCode());
            if (status / 100 == 2) {
                metrics.delivered(System.nanoTime() - started);
                return null;
            }
            metrics.failed(WebhookMetrics.Cause.STATUS, System.nanoTime() - started);
            return "HTTP " + status;
        } catch (WebhookAddressPolicy.RefusedHost e) {
            metrics.failed(WebhookMetrics.Cause.ERROR, System.nanoTime() - started);
            return "refused: " + e.getMessage();
        } catch (IOException | RuntimeException e) {
            metrics.failed(WebhookMetrics.Cause.ERROR, System.nanoTime() - started);
            if (request.isCancelled()) {
                return "timed out: no complete answer within " + settings.timeout();
            }
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            deadline.cancel(false);
        }
    }

    @Override
    public void destroy() throws IOException {
        deadlines.shutdownNow();
        http.close();
    }
}
