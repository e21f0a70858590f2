package org.doorman.app.senders;

import java.time.Instant;
import java.util.List;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.network.CollectorLikelihood;
import org.doorman.core.network.SenderRecord;

/**
 * A sender's record as the operator sees it: the figures screening reads, the counts behind them, the collector
 * likelihood with its evidence, and the sender's standing.
 */
record SenderRecordView(
        String id,
        String name,
        int requestsTotal,
        int requestsLast7Days,
        int requestsLast30Days,
        double identicalTextRatio,
        int questionsReceived,
        int questionsAnswered,
        int questionsUnanswered,
        int accepted,
        int declined,
        double acceptanceRate,
        double silentDeclineRate,
        double withoutVisitRatio,
        double wellConnectedRatio,
        int reportingRecipients,
        double collectorLikelihood,
        boolean likelyCollector,
        List<CollectorLikelihood.Evidence> evidence,
        String standing,
        String standingReason,
        String standingBy,
        Instant standingSince) {

    static SenderRecordView from(
            MemberId id,
            String name,
            int total,
            SenderRecord r,
            CollectorLikelihood likely,
            java.util.Optional<JdbcStandings.Decided> s) {
        return new SenderRecordView(
                id.value(),
                name,
                total,
                r.requestsLast7Days(),
                r.requestsLast30Days(),
                r.nearIdenticalRatio(),
                r.questionsReceived(),
                r.questionsAnswered(),
                r.questionsUnanswered(),
                r.accepted(),
                r.declined(),
                r.acceptanceRate(),
                r.silentDeclineRate(),
                r.withoutVisitRatio(),
                r.wellConnectedRatio(),
                r.reportingRecipients(),
                likely.likelihood(),
                likely.likely(),
                likely.evidence(),
                s.map(d -> d.standing().wireName()).orElse(Standing.GOOD.wireName()),
                s.map(JdbcStandings.Decided::reason).orElse(null),
                s.map(JdbcStandings.Decided::by).orElse(null),
                s.map(JdbcStandings.Decided::at).orElse(null));
    }
}
