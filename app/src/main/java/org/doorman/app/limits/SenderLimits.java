package org.doorman.app.limits;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * How many requests a sender may send in a week and have open at once ({@code doorman.limits.requests-per-week},
 * {@code open-requests}, {@code open-period}), tighter for a limited sender.
 */
@Component
public class SenderLimits {

    /** The week the weekly limit counts. */
    public static final Duration WEEK = Duration.ofDays(7);

    private final LimitSettings settings;

    SenderLimits(LimitSettings settings) {
        this.settings = settings;
    }

    public int requestsPerWeek(boolean limited) {
        return limited
                ? Math.min(settings.limitedRequestsPerWeek(), settings.requestsPerWeek())
                : settings.requestsPerWeek();
    }

    public int openRequests(boolean limited) {
        return limited ? Math.min(settings.limitedOpenRequests(), settings.openRequests()) : settings.openRequests();
    }

    /** How long a request that is not accepted counts as open. */
    public Duration openPeriod() {
        return settings.openPeriod();
    }
}
