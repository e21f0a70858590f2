package org.doorman.app.senders;

import org.doorman.core.screening.SenderStats;

/** A sender's record with the counts behind its ratios. */
record SenderFigures(
        String senderId,
        int requestsTotal,
        int requestsLast7Days,
        double identicalTextRatio,
        int questionsReceived,
        int questionsAnswered,
        int accepted,
        int declined) {

    double acceptanceRate() {
        int decided = accepted + declined;
        return decided == 0 ? 0 : (double) accepted / decided;
    }

    SenderStats stats() {
        return new SenderStats(
                requestsLast7Days, identicalTextRatio, questionsReceived, questionsAnswered, acceptanceRate());
    }
}
