package org.doorman.app.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookBackoffTests {

    private final WebhookSettings webhooks = new WebhookSettings(
            Duration.ofSeconds(1),
            Duration.ofSeconds(10),
            Duration.ofSeconds(5),
            Duration.ofMinutes(1),
            12,
            Duration.ofDays(7),
            false);

    @Test
    void theWaitDoublesAfterEveryFailure() {
        assertThat(webhooks.backoffAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(webhooks.backoffAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(webhooks.backoffAfter(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(webhooks.backoffAfter(4)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void theWaitStopsGrowingAtTheMaximum() {
        assertThat(webhooks.backoffAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(webhooks.backoffAfter(60)).isEqualTo(Duration.ofMinutes(1));
    }
}
