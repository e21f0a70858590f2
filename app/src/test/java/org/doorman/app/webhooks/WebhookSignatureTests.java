package org.doorman.app.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    @Test
    void theSignatureIsHmacSha256OfTimestampDotBodyInHex() {
        // computed independently: python3 hmac.new(b'whsec_test', b'1767225600.{"id":"evt_1"}', sha256)
        assertThat(WebhookSignature.sign("whsec_test", 1767225600L, "{\"id\":\"evt_1\"}"))
                .isEqualTo("sha256=45b40331de0325606dc5400202ade162460fbe48daf9401adfdcd0d7b4f35470");
    }

    @Test
    void anotherTimestampGivesAnotherSignature() {
        assertThat(WebhookSignature.sign("whsec_test", 1767225601L, "{\"id\":\"evt_1\"}"))
                .isNotEqualTo(WebhookSignature.sign("whsec_test", 1767225600L, "{\"id\":\"evt_1\"}"));
    }
}
