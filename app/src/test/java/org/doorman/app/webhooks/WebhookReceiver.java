package org.doorman.app.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A webhook endpoint on 127.0.0.1 for tests: records every delivery and answers 204 (or 500 when told to). */
public final class WebhookReceiver implements AutoCloseable {

    public record Delivery(String eventId, String type, String timestamp, String signature, String body) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final ConcurrentLinkedQueue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile long delayMillis;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/hooks", exchange -> {
            try (exchange) {
                if (delayMillis > 0) {
                    try {
                        Thread.sleep(delayMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                var headers = exchange.getRequestHeaders();
                deliveries.add(new Delivery(
                        headers.getFirst(WebhookSignature.EVENT_ID),
                        headers.getFirst(WebhookSignature.EVENT_TYPE),
                        headers.getFirst(WebhookSignature.TIMESTAMP),
                        headers.getFirst(WebhookSignature.SIGNATURE),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204, -1);
            }
        });
        server.start();
    }

    /** The next {@code count} deliveries are answered with 500 (and recorded all the same). */
    public void failNext(int count) {
        failures.set(count);
    }

    /** Every answer from now on takes this long: a slow receiver. */
    public void answerAfter(java.time.Duration delay) {
        delayMillis = delay.toMillis();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** Whether Doorman signed the delivery with {@code secret}, as a receiver would check it. */
    public static boolean signedWith(Delivery delivery, String secret) {
        return delivery.signature() != null
                && delivery.signature()
                        .equals(WebhookSignature.sign(secret, Long.parseLong(delivery.timestamp()), delivery.body()));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
