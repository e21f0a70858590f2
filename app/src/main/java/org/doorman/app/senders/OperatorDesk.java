package org.doorman.app.senders;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.doorman.app.members.Member;
import org.doorman.app.members.MemberDirectory;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.network.SenderRecord;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The operator's view of senders across the network, and the operator's decisions: warn, limit, suspend, reinstate. */
@Service
class OperatorDesk {

    static final String BY_OPERATOR = "operator";
    static final int MAX_REASON = 500;

    private final SenderRecords records;
    private final JdbcSenderLedger ledger;
    private final JdbcStandings standings;
    private final MemberDirectory members;
    private final Clock clock;

    OperatorDesk(
            SenderRecords records,
            JdbcSenderLedger ledger,
            JdbcStandings standings,
            MemberDirectory members,
            Clock clock) {
        this.records = records;
        this.ledger = ledger;
        this.standings = standings;
        this.members = members;
        this.clock = clock;
    }

    /**
     * Likely collectors among the senders of the last thirty days, and every sender the operator or reports did not
     * leave in good standing; most likely first.
     */
    @Transactional(readOnly = true)
    List<SenderRecordView> collectors() {
        var now = clock.instant();
        var recent = ledger.recentSenders(now);
        var decided = standings.notGood();
        var ids = new LinkedHashSet<MemberId>();
        recent.forEach((id, record) -> {
            if (records.assess(record).likely()) {
                ids.add(id);
            }
        });
        ids.addAll(decided.keySet());
        return ids.stream()
                .map(id -> view(id, recent.getOrDefault(id, ledger.record(id, now))))
                .sorted(Comparator.comparingDouble(SenderRecordView::collectorLikelihood)
                        .reversed()
                        .thenComparing(SenderRecordView::id))
                .toList();
    }

    /** The senders with the most requests in the last seven days, most first. */
    @Transactional(readOnly = true)
    List<SenderRecordView> busiest(int limit) {
        var now = clock.instant();
        return ledger.recentSenders(now).entrySet().stream()
                .filter(e -> e.getValue().requestsLast7Days() > 0)
                .sorted(Comparator.<Map.Entry<MemberId, SenderRecord>>comparingInt(
                                e -> -e.getValue().requestsLast7Days())
                        .thenComparing(e -> e.getKey().value()))
                .limit(limit)
                .map(e -> view(e.getKey(), e.getValue()))
                .toList();
    }

    @Transactional(readOnly = true)
    SenderRecordView record(MemberId senderId) {
        var member = known(senderId);
        return view(member.memberId(), ledger.record(member.memberId(), clock.instant()));
    }

    /** Sets the sender's standing, as the operator decided, with the reason given (or a plain one). */
    @Transactional
    SenderRecordView decide(MemberId senderId, Standing standing, String reason) {
        var member = known(senderId);
        String why = reason == null || reason.isBlank() ? standing.wireName() + " by the operator" : reason.strip();
        standings.set(member.memberId(), new JdbcStandings.Decided(standing, why, BY_OPERATOR, clock.instant()));
        return view(member.memberId(), ledger.record(member.memberId(), clock.instant()));
    }

    /** What the operator reads of a sender nobody has, or of a path that cannot name one. */
    static ResponseStatusException noSender(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no member " + id + ".");
    }

    private Member known(MemberId id) {
        return members.find(id).orElseThrow(() -> noSender(id.value()));
    }

    private SenderRecordView view(MemberId id, SenderRecord record) {
        String name = members.find(id).map(Member::name).orElse("");
        int total = ledger.total(id, clock.instant());
        return SenderRecordView.from(id, name, total, record, records.assess(record), standings.find(id));
    }
}
