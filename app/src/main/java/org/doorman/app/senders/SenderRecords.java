package org.doorman.app.senders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import org.doorman.app.members.ProfileVisited;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.doorman.core.network.CollectorLikelihood;
import org.doorman.core.network.SenderRecord;
import org.doorman.core.network.TextFingerprint;
import org.doorman.core.screening.SenderStats;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps every sender's record up to date as things happen ({@link SenderActivity}, {@link ProfileVisited}), and
 * assesses it: the figures screening reads, the collector likelihood with its evidence. Enough reports from different
 * recipients limit a sender automatically. Listeners run in the publisher's transaction.
 */
@Service
class SenderRecords {

    static final String BY_REPORTS = "reports";

    private final JdbcSenderLedger ledger;
    private final JdbcStandings standings;
    private final WellConnected wellConnected;
    private final CollectorSettings settings;

    SenderRecords(
            JdbcSenderLedger ledger, JdbcStandings standings, WellConnected wellConnected, CollectorSettings settings) {
        this.ledger = ledger;
        this.standings = standings;
        this.wellConnected = wellConnected;
        this.settings = settings;
    }

    @EventListener
    void on(SenderActivity activity) {
        var id = activity.request();
        switch (activity) {
            case SenderActivity.Sent sent -> recordSent(sent);
            case SenderActivity.QuestionAsked asked -> ledger.questionAsked(id);
            case SenderActivity.SenderWrote wrote -> ledger.senderWrote(id);
            case SenderActivity.Decided decided -> ledger.decided(id, decided.accepted());
            case SenderActivity.Reported reported ->
                ledger.reported(id, reported.reason()).ifPresent(sender -> limitIfReportedOften(sender, reported));
        }
    }

    @EventListener
    void on(ProfileVisited visit) {
        ledger.visited(visit.visitorId(), visit.visitedId(), visit.at());
    }

    /** The sender's record as of {@code now}. */
    SenderRecord record(MemberId senderId, Instant now) {
        return ledger.record(senderId, now);
    }

    CollectorLikelihood assess(SenderRecord record) {
        return CollectorLikelihood.assess(record, settings.thresholds());
    }

    /** What screening reads: the figures and the network's own assessment with its evidence. */
    SenderStats stats(MemberId senderId, Instant now) {
        var record = record(senderId, now);
        var assessed = assess(record);
        return new SenderStats(
                record.requestsLast7Days(),
                record.nearIdenticalRatio(),
                record.questionsReceived(),
                record.questionsAnswered(),
                record.acceptanceRate(),
                Optional.of(new SenderStats.Assessed(assessed.likely(), assessed.summary())));
    }

    private void recordSent(SenderActivity.Sent sent) {
        var sender = sent.sender();
        var recipient = sent.recipient();
        var fingerprint = TextFingerprint.of(sent.text(), sent.recipientName());
        var before = ledger.before(
                sender,
                recipient,
                sent.at().minus(JdbcSenderLedger.MONTH),
                fingerprint.isPresent() ? settings.textsCompared() : 0,
                sent.at());
        var copies = new ArrayList<RequestId>();
        fingerprint.ifPresent(mine -> before.fingerprints().stream()
                .filter(other -> !other.recipientId().equals(recipient))
                .filter(other -> mine.similarity(other.fingerprint()) >= settings.nearIdenticalSimilarity())
                .forEach(other -> copies.add(other.requestId())));
        ledger.add(new JdbcSenderLedger.NewRow(
                sent.request(),
                sender,
                recipient,
                sent.at(),
                fingerprint,
                !copies.isEmpty(),
                before.visitedFirst(),
                wellConnected.is(recipient, sent.at())));
        ledger.markNearIdentical(copies);
    }

    private void limitIfReportedOften(MemberId sender, SenderActivity.Reported reported) {
        int reporters = ledger.record(sender, reported.at().plusSeconds(1)).reportingRecipients();
        var standing = standings.of(sender);
        if (reporters >= settings.reportsToLimit() && (standing == Standing.GOOD || standing == Standing.WARNED)) {
            standings.set(
                    sender,
                    new JdbcStandings.Decided(
                            Standing.LIMITED,
                            "limited automatically: reported by " + reporters + " recipients",
                            BY_REPORTS,
                            reported.at()));
        }
    }
}
