package org.doorman.app.digest;

import java.time.Duration;
import org.doorman.app.ticker.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a round of digests every {@code doorman.digest.poll-interval} while the application runs. Without an SMTP host
 * ({@code spring.mail.host}) digests are off, and the start-up log says so in one line.
 */
@Component
class DigestTicker extends Ticker {

    private static final Logger log = LoggerFactory.getLogger(DigestTicker.class);

    private final DigestRun run;
    private final DigestSettings settings;

    DigestTicker(DigestRun run, DigestSettings settings) {
        super("digest", settings.pollInterval(), Duration.ofSeconds(30));
        this.run = run;
        this.settings = settings;
    }

    @Override
    protected boolean enabled() {
        if (!run.mailConfigured()) {
            log.info("Digests by e-mail are off: no SMTP host is configured (spring.mail.host)");
            return false;
        }
        return settings.enabled();
    }

    @Override
    protected void round() {
        run.runDue();
    }
}
