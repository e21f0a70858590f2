package org.doorman.app.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook delivery is signed, as GitHub and Stripe do: HMAC-SHA256 keyed with the webhook's secret over
 * {@code <timestamp>.<body>}, sent as {@code X-Doorman-Signature: sha256=<hex>} with the timestamp (epoch seconds) in
 * {@code X-Doorman-Timestamp}. A receiver recomputes it and compares in constant time, and may refuse old timestamps.
 */
final class WebhookSignature {

    static final String SIGNATURE = "X-Doorman-Signature";
    static final String TIMESTAMP = "X-Doorman-Timestamp";
    static final String EVENT_ID = "X-Doorman-Event-Id";
    static final String EVENT_TYPE = "X-Doorman-Event";
    static final String DELIVERY = "X-Doorman-Delivery";

    private WebhookSignature() {}

    static String sign(String secret, long timestamp, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
