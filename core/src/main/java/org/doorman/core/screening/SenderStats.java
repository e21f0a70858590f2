package org.doorman.core.screening;

/** How a sender has behaved across the network, the figures behind the contact-collector signal. */
public record SenderStats(
        int requestsLast7Days,
        double identicalTextRatio,
        int questionsReceived,
        int questionsAnswered,
        double acceptanceRate) {
    public SenderStats {
        if (requestsLast7Days < 0 || questionsReceived < 0 || questionsAnswered < 0) {
            throw new IllegalArgumentException("sender counts cannot be negative");
        }
        if (identicalTextRatio < 0 || identicalTextRatio > 1 || acceptanceRate < 0 || acceptanceRate > 1) {
            throw new IllegalArgumentException("sender ratios lie in [0,1]");
        }
    }

    /** A sender about whom the network knows nothing yet. */
    public static SenderStats none() {
        return new SenderStats(0, 0, 0, 0, 0);
    }
}
