package org.doorman.app.limits;

import java.time.Duration;

/** The sender limits with their defaults, for tests that build services without Spring. */
public final class TestLimits {

    private TestLimits() {}

    public static SenderLimits defaults() {
        return new SenderLimits(
                new LimitSettings(null, null, null, null, null, null, 100_000, 100, 50, Duration.ofDays(30), 10, 5, 4));
    }
}
