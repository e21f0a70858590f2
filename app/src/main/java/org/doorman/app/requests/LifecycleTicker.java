package org.doorman.app.requests;

import java.time.Duration;
import org.doorman.app.ticker.Ticker;
import org.springframework.stereotype.Component;

/**
 * Acts on due deadlines every {@code doorman.scheduler.interval} while the application runs (off with
 * {@code doorman.scheduler.enabled=false}). The webhooks have a ticker of their own.
 */
@Component
class LifecycleTicker extends Ticker {

    private final DeadlineScheduler deadlines;
    private final boolean enabled;

    LifecycleTicker(DeadlineScheduler deadlines, RequestSettings settings) {
        super("deadlines", settings.scheduler().interval(), Duration.ofSeconds(5));
        this.deadlines = deadlines;
        this.enabled = settings.scheduler().enabled();
    }

    @Override
    protected boolean enabled() {
        return enabled;
    }

    @Override
    protected void round() {
        deadlines.runDue();
    }
}
