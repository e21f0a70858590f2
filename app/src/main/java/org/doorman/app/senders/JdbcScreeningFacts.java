package org.doorman.app.senders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.doorman.app.contacts.Contacts;
import org.doorman.app.meetings.Meetings;
import org.doorman.app.strategy.MemberStrategies;
import org.doorman.core.screening.RequestContext;
import org.doorman.core.screening.SenderStats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcScreeningFacts implements ScreeningFacts {

    static final Duration RECENT = Duration.ofDays(7);
    // Identical texts are looked for among this many of the sender's latest requests.
    static final int TEXTS_COMPARED = 200;

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Contacts contacts;
    private final MemberStrategies strategies;

    JdbcScreeningFacts(JdbcClient jdbc, Meetings meetings, Contacts contacts, MemberStrategies strategies) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.contacts = contacts;
        this.strategies = strategies;
    }

    @Override
    public SenderStats senderStats(String senderId, Instant now) {
        return figures(senderId, now).stats();
    }

    SenderFigures figures(String senderId, Instant now) {
        long until = now.toEpochMilli();
        int recent = count(
                "SELECT COUNT(*) FROM contact_requests WHERE sender_id = :sender AND sent_at > :since AND sent_at <= :now",
                senderId,
                until,
                now.minus(RECENT).toEpochMilli());
        var texts = jdbc.sql("""
                        SELECT r.message, m.name FROM contact_requests r JOIN members m ON m.id = r.recipient_id
                        WHERE r.sender_id = :sender AND r.sent_at <= :now
                        ORDER BY r.sent_at DESC LIMIT :limit""")
                .param("sender", senderId)
                .param("now", until)
                .param("limit", TEXTS_COMPARED)
                .query((rs, row) -> new SentText(rs.getString("message"), rs.getString("name")))
                .list();
        int answered = count(QUESTIONS + " AND " + ANSWERED, senderId, until, 0);
        int unansweredUntilDeclined =
                count(QUESTIONS + " AND r.state = 'declined' AND NOT " + ANSWERED, senderId, until, 0);
        int accepted = count(DECIDED + " AND state = 'accepted'", senderId, until, 0);
        int declined = count(DECIDED + " AND state = 'declined'", senderId, until, 0);
        int total = count(
                "SELECT COUNT(*) FROM contact_requests WHERE sender_id = :sender AND sent_at <= :now",
                senderId,
                until,
                0);
        return new SenderFigures(
                senderId,
                total,
                recent,
                SentText.identicalShare(texts),
                answered + unansweredUntilDeclined,
                answered,
                accepted,
                declined);
    }

    /** The senders with the most requests in the seven days up to {@code now}, most first. */
    List<String> busiestSenders(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT sender_id FROM contact_requests WHERE sent_at > :since AND sent_at <= :now
                        GROUP BY sender_id ORDER BY COUNT(*) DESC, sender_id LIMIT :limit""")
                .param("since", now.minus(RECENT).toEpochMilli())
                .param("now", now.toEpochMilli())
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    private static final String QUESTIONS = """
            SELECT COUNT(*) FROM request_messages q JOIN contact_requests r ON r.id = q.request_id
            WHERE r.sender_id = :sender AND q.kind = 'clarifying_question' AND q.sent_at <= :now""";
    private static final String ANSWERED = """
            EXISTS (SELECT 1 FROM request_messages a WHERE a.request_id = q.request_id AND a.author_id = r.sender_id
                    AND a.kind <> 'request' AND a.sent_at >= q.sent_at AND a.sent_at <= :now)""";
    private static final String DECIDED =
            "SELECT COUNT(*) FROM contact_requests WHERE sender_id = :sender AND sent_at <= :now";

    private int count(String sql, String senderId, long now, long since) {
        var statement = jdbc.sql(sql).param("sender", senderId).param("now", now);
        if (sql.contains(":since")) {
            statement = statement.param("since", since);
        }
        return statement.query(Integer.class).single();
    }

    @Override
    public int meetingsRecognized(String memberId, String requesterId) {
        return meetings.countRecognizedBy(
                memberId,
                requesterId,
                contacts.removedAt(memberId, requesterId),
                strategies.confirmedAttendanceOnly(memberId));
    }

    /**
     * Whether the two had a conversation that counts for knowing each other: in a request between them that was not
     * declined (by the member or for them) and was sent after the member last removed the requester, both wrote
     * themselves. Only what a person wrote counts (the request's text, replies and messages, not hidden ones), never
     * Doorman's own messages (clarifying questions, invitations), and at least one message besides the requests.
     */
    private static final String PRIOR_CONVERSATION = """
            SELECT COUNT(*) FROM contact_requests r
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
                          AND w.sent_at <= :now)""";

    @Override
    public RequestContext context(String senderId, String recipientId, Instant now) {
        long until = now.toEpochMilli();
        long after = contacts.removedAt(recipientId, senderId)
                .map(Instant::toEpochMilli)
                .orElse(Long.MIN_VALUE);
        boolean priorConversation = jdbc.sql(PRIOR_CONVERSATION)
                        .param("s", senderId)
                        .param("r", recipientId)
                        .param("now", until)
                        .param("after", after)
                        .query(Integer.class)
                        .single()
                > 0;
        int mutualContacts = jdbc.sql("""
                        SELECT COUNT(*) FROM contacts a JOIN contacts b ON b.contact_id = a.contact_id AND b.member_id = :r
                        WHERE a.member_id = :s""")
                .param("s", senderId)
                .param("r", recipientId)
                .query(Integer.class)
                .single();
        var sharedGroups = jdbc.sql("""
                        SELECT g.name FROM member_groups g
                        JOIN memberships a ON a.group_id = g.id AND a.member_id = :s
                        JOIN memberships b ON b.group_id = g.id AND b.member_id = :r
                        ORDER BY g.name""")
                .param("s", senderId)
                .param("r", recipientId)
                .query(String.class)
                .list();
        boolean visited = jdbc.sql("""
                        SELECT COUNT(*) FROM profile_visits
                        WHERE visited_id = :r AND visitor_id = :s AND visited_at <= :now""")
                        .param("s", senderId)
                        .param("r", recipientId)
                        .param("now", until)
                        .query(Integer.class)
                        .single()
                > 0;
        return new RequestContext(
                meetingsRecognized(recipientId, senderId),
                priorConversation,
                contacts.connected(recipientId, senderId),
                mutualContacts,
                sharedGroups,
                visited);
    }
}
