package org.doorman.app.senders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorman.app.contacts.Contacts;
import org.doorman.app.meetings.Meetings;
import org.doorman.app.strategy.MemberStrategies;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.screening.RequestContext;
import org.doorman.core.screening.SenderStats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcScreeningFacts implements ScreeningFacts {

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Contacts contacts;
    private final MemberStrategies strategies;
    private final SenderRecords records;

    JdbcScreeningFacts(
            JdbcClient jdbc, Meetings meetings, Contacts contacts, MemberStrategies strategies, SenderRecords records) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.contacts = contacts;
        this.strategies = strategies;
        this.records = records;
    }

    /** From the senders capability's own record, kept up to date as things happen; no other table is read. */
    @Override
    public SenderStats senderStats(String senderId, Instant now) {
        return records.stats(senderId, now);
    }

    @Override
    public int meetingsRecognized(String memberId, String requesterId) {
        var member = new MemberId(memberId);
        var requester = new MemberId(requesterId);
        return meetings.countRecognizedBy(
                member, requester, contacts.removedAt(member, requester), strategies.confirmedAttendanceOnly(member));
    }

    /**
     * The relationship in one round trip, each row naming its fact. A prior conversation counts for knowing each other
     * when, in a request between them that was not declined (by the member or for them) and was sent after the member
     * last removed the requester, both wrote themselves. Only what a person wrote counts (the request's text, replies
     * and messages, not hidden ones), never Doorman's own messages (clarifying questions, invitations), and at least
     * one message besides the requests.
     */
    private static final String RELATIONSHIP = """
            SELECT 'conversation' AS fact, COUNT(*) AS n, CAST(NULL AS VARCHAR(200)) AS name FROM contact_requests r
            WHERE ((r.sender_id = :s AND r.recipient_id = :r) OR (r.sender_id = :r AND r.recipient_id = :s))
              AND r.sent_at <= :now AND r.sent_at > :after AND r.state <> 'declined'
              AND (r.sender_id = :r OR EXISTS (SELECT 1 FROM request_messages a WHERE a.request_id = r.id
                   AND a.author_id = :r AND a.kind IN ('reply', 'message') AND a.hidden = FALSE
                   AND a.sent_at <= :now))
              AND (r.sender_id = :s OR EXISTS (SELECT 1 FROM request_messages b WHERE b.request_id = r.id
                   AND b.author_id = :s AND b.kind IN ('reply', 'message') AND b.hidden = FALSE
                   AND b.sent_at <= :now))
              AND EXISTS (SELECT 1 FROM request_messages w WHERE w.request_id = r.id
                          AND w.author_id IN (:s, :r) AND w.kind IN ('reply', 'message') AND w.hidden = FALSE
                          AND w.sent_at <= :now)
            UNION ALL SELECT 'mutual', COUNT(*), NULL
              FROM contacts a JOIN contacts b ON b.contact_id = a.contact_id AND b.member_id = :r WHERE a.member_id = :s
            UNION ALL SELECT 'visited', COUNT(*), NULL FROM profile_visits
              WHERE visited_id = :r AND visitor_id = :s AND visited_at <= :now
            UNION ALL SELECT 'group', ROW_NUMBER() OVER (ORDER BY g.name), g.name FROM member_groups g
              JOIN memberships a ON a.group_id = g.id AND a.member_id = :s
              JOIN memberships b ON b.group_id = g.id AND b.member_id = :r""";

    @Override
    public RequestContext context(String senderId, String recipientId, Instant now) {
        return context(
                senderId,
                recipientId,
                now,
                contacts.relation(new MemberId(recipientId), new MemberId(senderId)),
                strategies.confirmedAttendanceOnly(new MemberId(recipientId)));
    }

    @Override
    public RequestContext context(
            String senderId,
            String recipientId,
            Instant now,
            Contacts.Relation recipientToSender,
            boolean confirmedAttendanceOnly) {
        var counts = new HashMap<String, Long>();
        var groups = new ArrayList<Map.Entry<Long, String>>();
        jdbc.sql(RELATIONSHIP)
                .param("s", senderId)
                .param("r", recipientId)
                .param("now", now.toEpochMilli())
                .param(
                        "after",
                        recipientToSender.removedAt().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE))
                .query(rs -> {
                    String fact = rs.getString("fact");
                    if (fact.equals("group")) {
                        groups.add(Map.entry(rs.getLong("n"), rs.getString("name")));
                    } else {
                        counts.put(fact, rs.getLong("n"));
                    }
                });
        List<String> sharedGroups = groups.stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(Map.Entry::getValue)
                .toList();
        return new RequestContext(
                meetings.countRecognizedBy(
                        new MemberId(recipientId),
                        new MemberId(senderId),
                        recipientToSender.removedAt(),
                        confirmedAttendanceOnly),
                counts.getOrDefault("conversation", 0L) > 0,
                recipientToSender.memberHasOther(),
                counts.getOrDefault("mutual", 0L).intValue(),
                sharedGroups,
                counts.getOrDefault("visited", 0L) > 0);
    }
}
