package org.doorman.core.network;

/**
 * How a sender has behaved across the network, kept up to date as requests are sent, questioned, decided, reported.
 *
 * @param requestsLast7Days requests sent in the seven days up to now
 * @param requestsLast30Days requests sent in the thirty days up to now
 * @param nearIdenticalRatio share of the latest requests whose text is a near copy of another one sent to someone else
 * @param questionsReceived clarifying questions answered, or left unanswered until the request was decided
 * @param questionsAnswered clarifying questions the sender answered
 * @param accepted requests accepted
 * @param declined requests declined (always silently, as far as the sender can tell)
 * @param withoutVisitRatio share of the thirty days' requests sent without looking at the recipient's profile first
 * @param wellConnectedRatio share of the thirty days' requests sent to unusually well-connected members
 * @param reportingRecipients different recipients who reported a request as unknown or spam
 */
public record SenderRecord(
        int requestsLast7Days,
        int requestsLast30Days,
        double nearIdenticalRatio,
        int questionsReceived,
        int questionsAnswered,
        int accepted,
        int declined,
        double withoutVisitRatio,
        double wellConnectedRatio,
        int reportingRecipients) {

    public SenderRecord {
        if (requestsLast7Days < 0
                || requestsLast30Days < 0
                || questionsReceived < 0
                || questionsAnswered < 0
                || accepted < 0
                || declined < 0
                || reportingRecipients < 0) {
            throw new IllegalArgumentException("sender counts cannot be negative");
        }
        for (double ratio : new double[] {nearIdenticalRatio, withoutVisitRatio, wellConnectedRatio}) {
            if (!(ratio >= 0 && ratio <= 1)) {
                throw new IllegalArgumentException("sender ratios lie in [0,1]");
            }
        }
    }

    public static SenderRecord empty() {
        return new SenderRecord(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public int decided() {
        return accepted + declined;
    }

    /** Accepted of the decided requests; 0 before any is decided. */
    public double acceptanceRate() {
        return decided() == 0 ? 0 : (double) accepted / decided();
    }

    /** Silently declined of the decided requests; 0 before any is decided. */
    public double silentDeclineRate() {
        return decided() == 0 ? 0 : (double) declined / decided();
    }

    public int questionsUnanswered() {
        return questionsReceived - questionsAnswered;
    }
}
