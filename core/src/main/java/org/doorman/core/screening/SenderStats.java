package org.doorman.core.screening;

import java.util.Objects;
import java.util.Optional;

/**
 * How a sender has behaved across the network, the figures behind the contact-collector signal. Where the network
 * assessed the sender with its own thresholds and evidence ({@code assessed}), the collector rule takes that
 * assessment; otherwise (the batch format) it looks at the figures itself.
 */
public record SenderStats(
        int requestsLast7Days,
        double identicalTextRatio,
        int questionsReceived,
        int questionsAnswered,
        double acceptanceRate,
        Optional<Assessed> assessed) {

    /** The network's own verdict on the sender: a likely collector or not, and the evidence a person reads. */
    public record Assessed(boolean likelyCollector, String evidence) {
        public Assessed {
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    public SenderStats {
        if (requestsLast7Days < 0 || questionsReceived < 0 || questionsAnswered < 0) {
            throw new IllegalArgumentException("sender counts cannot be negative");
        }
        if (identicalTextRatio < 0 || identicalTextRatio > 1 || acceptanceRate < 0 || acceptanceRate > 1) {
            throw new IllegalArgumentException("sender ratios lie in [0,1]");
        }
        Objects.requireNonNull(assessed, "assessed");
    }

    /** The figures alone, as the batch format gives them. */
    public SenderStats(
            int requestsLast7Days,
            double identicalTextRatio,
            int questionsReceived,
            int questionsAnswered,
            double acceptanceRate) {
        this(
                requestsLast7Days,
                identicalTextRatio,
                questionsReceived,
                questionsAnswered,
                acceptanceRate,
                Optional.empty());
    }

    /** A sender about whom the network knows nothing yet. */
    public static SenderStats none() {
        return new SenderStats(0, 0, 0, 0, 0);
    }
}
