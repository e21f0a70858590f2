package org.doorman.app.senders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.doorman.core.network.SenderRecord;
import org.doorman.core.network.TextFingerprint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sender_requests and sender_visits tables: the senders capability's own record. Joins the caller's transaction. */
@Repository
class JdbcSenderLedger {

    static final Duration WEEK = Duration.ofDays(7);
    static final Duration MONTH = Duration.ofDays(30);

    /** A request of the sender's with its text's fingerprint. */
    record Fingerprinted(RequestId requestId, MemberId recipientId, TextFingerprint fingerprint) {}

    /** One row, as it is written when the request goes out. */
    record NewRow(
            RequestId requestId,
            MemberId senderId,
            MemberId recipientId,
            Instant sentAt,
            Optional<TextFingerprint> fingerprint,
            boolean nearIdentical,
            boolean visitedFirst,
            boolean wellConnected) {}

    private final JdbcClient jdbc;

    JdbcSenderLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(NewRow row) {
        jdbc.sql("""
                        INSERT INTO sender_requests (request_id, sender_id, recipient_id, sent_at, fingerprint,
                        near_identical, visited_first, well_connected) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (request_id) DO NOTHING""")
                .params(
                        row.requestId().value(),
                        row.senderId().value(),
                        row.recipientId().value(),
                        row.sentAt().toEpochMilli(),
                        row.fingerprint().map(TextFingerprint::encoded).orElse(null),
                        row.nearIdentical(),
                        row.visitedFirst(),
                        row.wellConnected())
                .update();
    }

    /** What the record holds before a new request goes in: the sender's latest texts, and whether they visited first. */
    record Before(List<Fingerprinted> fingerprints, boolean visitedFirst) {}

    /**
     * The sender's latest fingerprinted requests since {@code since} (newest first, at most {@code limit}) and whether
     * they looked at the recipient's profile at {@code at} or before, in one round trip.
     */
    Before before(MemberId senderId, MemberId recipientId, Instant since, int limit, Instant at) {
        var fingerprints = new ArrayList<Fingerprinted>();
        var visited = new boolean[1];
        jdbc.sql("""
                        SELECT 'visit' AS kind, NULL AS request_id, NULL AS recipient_id, NULL AS fingerprint,
                          COUNT(*) AS n FROM sender_visits WHERE visitor_id = :s AND visited_id = :r AND first_at <= :at
                        UNION ALL SELECT * FROM (SELECT 'text', request_id, recipient_id, fingerprint, 0
                          FROM sender_requests WHERE sender_id = :s AND sent_at > :since AND fingerprint IS NOT NULL
                          ORDER BY sent_at DESC, request_id DESC LIMIT :limit) latest""")
                .param("s", senderId.value())
                .param("r", recipientId.value())
                .param("at", at.toEpochMilli())
                .param("since", since.toEpochMilli())
                .param("limit", limit)
                .query(rs -> {
                    if (rs.getString("kind").equals("visit")) {
                        visited[0] = rs.getLong("n") > 0;
                    } else {
                        fingerprints.add(new Fingerprinted(
                                new RequestId(rs.getString("request_id")),
                                new MemberId(rs.getString("recipient_id")),
                                TextFingerprint.parse(rs.getString("fingerprint"))));
                    }
                });
        return new Before(fingerprints, visited[0]);
    }

    /** Marks the requests as near copies of another, in one statement. */
    void markNearIdentical(List<RequestId> requestIds) {
        if (requestIds.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE sender_requests SET near_identical = TRUE WHERE request_id IN (:ids)")
                .param("ids", requestIds.stream().map(RequestId::value).toList())
                .update();
    }

    void questionAsked(RequestId requestId) {
        jdbc.sql("UPDATE sender_requests SET questions_asked = questions_asked + 1 WHERE request_id = ?")
                .param(requestId.value())
                .update();
    }

    /** The sender wrote: every question asked so far is answered. */
    void senderWrote(RequestId requestId) {
        jdbc.sql("UPDATE sender_requests SET questions_answered = questions_asked WHERE request_id = ?")
                .param(requestId.value())
                .update();
    }

    void decided(RequestId requestId, boolean accepted) {
        jdbc.sql("UPDATE sender_requests SET outcome = ? WHERE request_id = ?")
                .params(accepted ? "accepted" : "declined", requestId.value())
                .update();
    }

    /** Records the report; the sender whose request it was, if the request is in the record. */
    Optional<MemberId> reported(RequestId requestId, ReportReason reason) {
        jdbc.sql("UPDATE sender_requests SET reported = ? WHERE request_id = ?")
                .params(reason.wireName(), requestId.value())
                .update();
        return jdbc.sql("SELECT sender_id FROM sender_requests WHERE request_id = ?")
                .param(requestId.value())
                .query(String.class)
                .optional()
                .map(MemberId::new);
    }

    void visited(MemberId visitorId, MemberId visitedId, Instant at) {
        jdbc.sql("""
                        INSERT INTO sender_visits (visitor_id, visited_id, first_at) VALUES (?, ?, ?)
                        ON CONFLICT (visitor_id, visited_id) DO NOTHING""")
                .params(visitorId.value(), visitedId.value(), at.toEpochMilli())
                .update();
    }

    private static final String RECORDS = """
            SELECT sender_id,
              SUM(CASE WHEN sent_at > :week THEN 1 ELSE 0 END) AS week,
              SUM(CASE WHEN sent_at > :month THEN 1 ELSE 0 END) AS month,
              SUM(CASE WHEN sent_at > :month AND fingerprint IS NOT NULL THEN 1 ELSE 0 END) AS compared,
              SUM(CASE WHEN sent_at > :month AND near_identical = TRUE THEN 1 ELSE 0 END) AS near,
              SUM(CASE WHEN sent_at > :month AND visited_first = FALSE THEN 1 ELSE 0 END) AS unvisited,
              SUM(CASE WHEN sent_at > :month AND well_connected = TRUE THEN 1 ELSE 0 END) AS connected,
              SUM(questions_answered) AS answered,
              SUM(CASE WHEN outcome IS NOT NULL THEN questions_asked - questions_answered ELSE 0 END) AS unanswered,
              SUM(CASE WHEN outcome = 'accepted' THEN 1 ELSE 0 END) AS accepted,
              SUM(CASE WHEN outcome = 'declined' THEN 1 ELSE 0 END) AS declined,
              COUNT(DISTINCT CASE WHEN reported IS NOT NULL THEN recipient_id END) AS reporters
            FROM sender_requests WHERE sent_at <= :now""";

    /** All the sender's requests up to {@code now} that the record holds. */
    int total(MemberId senderId, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM sender_requests WHERE sender_id = ? AND sent_at <= ?")
                .params(senderId.value(), now.toEpochMilli())
                .query(Integer.class)
                .single();
    }

    /** The sender's record as of {@code now}; empty for a sender who never sent a request. */
    SenderRecord record(MemberId senderId, Instant now) {
        return records(now, RECORDS + " AND sender_id = :sender GROUP BY sender_id", Map.of("sender", senderId.value()))
                .getOrDefault(senderId, SenderRecord.empty());
    }

    /** The records of everyone who sent a request in the thirty days up to {@code now}. */
    Map<MemberId, SenderRecord> recentSenders(Instant now) {
        return records(
                now,
                RECORDS + " AND sender_id IN (SELECT sender_id FROM sender_requests WHERE sent_at > :month"
                        + " AND sent_at <= :now) GROUP BY sender_id",
                Map.of());
    }

    private Map<MemberId, SenderRecord> records(Instant now, String sql, Map<String, Object> more) {
        var statement = jdbc.sql(sql)
                .param("now", now.toEpochMilli())
                .param("week", now.minus(WEEK).toEpochMilli())
                .param("month", now.minus(MONTH).toEpochMilli());
        for (var entry : more.entrySet()) {
            statement = statement.param(entry.getKey(), entry.getValue());
        }
        var records = new LinkedHashMap<MemberId, SenderRecord>();
        statement.query(rs -> {
            records.put(new MemberId(rs.getString("sender_id")), row(rs));
        });
        return records;
    }

    private static SenderRecord row(ResultSet rs) throws SQLException {
        int month = rs.getInt("month");
        int compared = rs.getInt("compared");
        int answered = rs.getInt("answered");
        return new SenderRecord(
                rs.getInt("week"),
                month,
                share(rs.getInt("near"), compared),
                answered + rs.getInt("unanswered"),
                answered,
                rs.getInt("accepted"),
                rs.getInt("declined"),
                share(rs.getInt("unvisited"), month),
                share(rs.getInt("connected"), month),
                rs.getInt("reporters"));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.min(1, (double) part / whole);
    }
}
