package org.doorman.app.webhooks;

import org.doorman.app.ticker.Ticker;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox relay every {@code doorman.webhooks.poll-interval} (off, with the deadlines, with
 * {@code doorman.scheduler.enabled=false}); on stop it waits for the deliveries on the wire.
 */
@Component
class WebhookTicker extends Ticker {

    private final OutboxRelay relay;
    private final boolean enabled;

    WebhookTicker(OutboxRelay relay, WebhookSettings settings, WebhookSettings.Relay schedule) {
        super("webhooks", settings.pollInterval(), settings.timeout().plusSeconds(5));
        this.relay = relay;
        this.enabled = schedule.enabled();
    }

    @Override
    protected boolean enabled() {
        return enabled;
    }

    @Override
    protected void round() {
        relay.deliverDue();
    }
}
