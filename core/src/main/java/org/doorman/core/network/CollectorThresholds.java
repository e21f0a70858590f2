package org.doorman.core.network;

/**
 * Where a sender's record starts to look like a contact collector's. Each rule that holds adds its weight to the
 * likelihood (as independent evidence: {@code 1 - Π(1 - weight)}); at {@code likelihood} or more the sender is a
 * likely collector.
 *
 * @param manyRequestsPerWeek requests in seven days that alone look like collecting
 * @param manyRequestsPerMonth requests in thirty days that alone look like collecting
 * @param nearIdenticalRatio share of near-identical texts, counted once the sender sent {@code minimumRequests}
 * @param unansweredQuestions clarifying questions left unanswered, when fewer than {@code answeredRatio} are answered
 * @param answeredRatio see {@code unansweredQuestions}
 * @param withoutVisitRatio share of requests sent without a look at the profile, from {@code minimumRequests} on
 * @param wellConnectedRatio share of requests to unusually well-connected members, from {@code minimumRequests} on
 * @param silentDeclineRatio share of decided requests declined, from {@code minimumRequests} decided on
 * @param reportingRecipients different recipients who reported the sender
 * @param minimumRequests requests in thirty days before any share counts
 * @param likelihood the likelihood from which the sender is a likely collector
 */
public record CollectorThresholds(
        int manyRequestsPerWeek,
        int manyRequestsPerMonth,
        double nearIdenticalRatio,
        int unansweredQuestions,
        double answeredRatio,
        double withoutVisitRatio,
        double wellConnectedRatio,
        double silentDeclineRatio,
        int reportingRecipients,
        int minimumRequests,
        double likelihood) {

    public CollectorThresholds {
        if (manyRequestsPerWeek < 1
                || manyRequestsPerMonth < 1
                || unansweredQuestions < 1
                || reportingRecipients < 1
                || minimumRequests < 1) {
            throw new IllegalArgumentException("collector counts are at least 1");
        }
        for (double ratio : new double[] {
            nearIdenticalRatio, answeredRatio, withoutVisitRatio, wellConnectedRatio, silentDeclineRatio, likelihood
        }) {
            if (!(ratio > 0 && ratio <= 1)) {
                throw new IllegalArgumentException("collector ratios lie in (0,1]");
            }
        }
    }

    /** The defaults: the core's collector rule's figures, and cautious ones for the newer evidence. */
    public static CollectorThresholds defaults() {
        return new CollectorThresholds(80, 250, 0.85, 5, 0.25, 0.9, 0.5, 0.8, 2, 20, 0.5);
    }
}
