package org.doorman.app.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.doorman.app.ids.Ids;
import org.doorman.app.storage.Dialect;
import org.doorman.core.lifecycle.ContactRequest;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.doorman.core.lifecycle.RequestState;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.Language;
import org.doorman.core.screening.Signal;
import org.doorman.core.strategy.Action;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contact_requests and request_signals tables. Calls join the caller's transaction. */
@Repository
class JdbcRequests implements Requests {

    private static final String COLUMNS = """
            id, sender_id, recipient_id, message, language, sent_at, state, category, confidence, action, rule_id,
            rule, explanation, decided_at, decided_by, deadline_at, asked_at, meetings_required, version""";

    private final JdbcClient jdbc;
    private final Dialect dialect;

    JdbcRequests(JdbcClient jdbc, Dialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    @Override
    public void insert(StoredRequest stored, List<Signal> signals) {
        var r = stored.request();
        var s = stored.screening();
        jdbc.sql("INSERT INTO contact_requests (" + COLUMNS + """
                        ) VALUES (:id, :sender, :recipient, :message, :language, :sentAt, :state, :category,
                        :confidence, :action, :ruleId, :rule, :explanation, :decidedAt, :decidedBy, :deadline,
                        :askedAt, :meetings, 0)""")
                .param("id", r.id().value())
                .param("sender", r.sender().value())
                .param("recipient", r.recipient().value())
                .param("message", stored.message())
                .param("language", s.map(ScreeningRecord::languageCode).orElse(null))
                .param("sentAt", stored.sentAt().toEpochMilli())
                .param("state", r.state().wireName())
                .param("category", s.map(ScreeningRecord::categoryName).orElse(null))
                .param("confidence", s.map(ScreeningRecord::confidence).orElse(null))
                .param("action", s.map(ScreeningRecord::actionName).orElse(null))
                .param("ruleId", s.map(ScreeningRecord::ruleId).orElse(null))
                .param("rule", s.map(ScreeningRecord::rule).orElse(null))
                .param("explanation", s.map(ScreeningRecord::explanation).orElse(null))
                .param("decidedAt", millis(r.decidedAt()))
                .param("decidedBy", r.decidedBy().orElse(null))
                .param("deadline", millis(r.deadline()))
                .param("askedAt", millis(r.askedAt()))
                .param("meetings", r.meetingsRequired().orElse(null))
                .update();
        insertSignals(r.id(), signals);
    }

    /** All of a request's signals in one statement: one round trip instead of one per signal. */
    private void insertSignals(RequestId request, List<Signal> signals) {
        if (signals.isEmpty()) {
            return;
        }
        var values = new java.util.ArrayList<Object>(signals.size() * 5);
        for (int position = 0; position < signals.size(); position++) {
            var signal = signals.get(position);
            values.addAll(java.util.Arrays.asList(
                    request.value(), position, signal.name(), signal.weight(), signal.evidence()));
        }
        jdbc.sql("INSERT INTO request_signals (request_id, position, name, weight, evidence) VALUES "
                        + String.join(", ", java.util.Collections.nCopies(signals.size(), "(?, ?, ?, ?, ?)")))
                .params(values)
                .update();
    }

    @Override
    public Optional<StoredRequest> find(RequestId id) {
        if (!Ids.plausible(id.value())) {
            return Optional.empty(); // no stored id has a NUL
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact_requests WHERE id = ?")
                .param(id.value())
                .query(JdbcRequests::row)
                .optional();
    }

    /** Stores the request's next state; false when someone changed it since it was read (its version moved). */
    @Override
    public boolean update(StoredRequest stored, ContactRequest next) {
        return jdbc.sql("""
                        UPDATE contact_requests SET state = :state, deadline_at = :deadline, asked_at = :askedAt,
                        meetings_required = :meetings, decided_at = :decidedAt, decided_by = :decidedBy,
                        version = version + 1
                        WHERE id = :id AND version = :version""")
                        .param("state", next.state().wireName())
                        .param("deadline", millis(next.deadline()))
                        .param("askedAt", millis(next.askedAt()))
                        .param("meetings", next.meetingsRequired().orElse(null))
                        .param("decidedAt", millis(next.decidedAt()))
                        .param("decidedBy", next.decidedBy().orElse(null))
                        .param("id", stored.id().value())
                        .param("version", stored.version())
                        .update()
                == 1;
    }

    @Override
    public void markUnanswered(RequestId id, Instant at) {
        jdbc.sql("UPDATE contact_requests SET unanswered_at = ? WHERE id = ?")
                .params(at.toEpochMilli(), id.value())
                .update();
    }

    /** The open request from sender to recipient, if there is one. */
    @Override
    public Optional<RequestId> openBetween(MemberId sender, MemberId recipient) {
        return jdbc.sql("""
                        SELECT id FROM contact_requests WHERE sender_id = ? AND recipient_id = ?
                        AND state NOT IN ('accepted', 'declined')""")
                .params(sender.value(), recipient.value())
                .query(JdbcRequests::requestId)
                .optional();
    }

    /** When the member last declined a request from this requester (or one was declined for them), if ever. */
    @Override
    public Optional<Instant> lastDecline(MemberId sender, MemberId recipient) {
        return jdbc.sql("""
                        SELECT MAX(decided_at) FROM contact_requests
                        WHERE sender_id = ? AND recipient_id = ? AND state = 'declined'""")
                .params(sender.value(), recipient.value())
                .query((rs, row) -> instant(rs, 1))
                .single();
    }

    /** When the sender's requests sent after {@code since} went out, oldest first. */
    @Override
    public List<Instant> sentSince(MemberId sender, Instant since) {
        return jdbc.sql("""
                        SELECT sent_at FROM contact_requests WHERE sender_id = ? AND sent_at > ?
                        ORDER BY sent_at""")
                .params(sender.value(), since.toEpochMilli())
                .query((rs, row) -> Instant.ofEpochMilli(rs.getLong(1)))
                .list();
    }

    /**
     * The sender's requests sent after {@code since} that were not accepted: pending as the sender sees them, whether
     * they are open or were silently declined.
     */
    @Override
    public int notAcceptedSince(MemberId sender, Instant since) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM contact_requests WHERE sender_id = ? AND sent_at > ?
                        AND state <> 'accepted'""")
                .params(sender.value(), since.toEpochMilli())
                .query(Integer.class)
                .single();
    }

    /** One round trip for the six facts a new request is checked and screened with; each row names its fact. */
    private static final String SENDING_HISTORY = """
            SELECT 'sent' AS fact, sent_at AS value FROM contact_requests WHERE sender_id = :s AND sent_at > :sentSince
            UNION ALL SELECT 'not_accepted', COUNT(*) FROM contact_requests
              WHERE sender_id = :s AND sent_at > :notAcceptedSince AND state <> 'accepted'
            UNION ALL SELECT 'open', COUNT(*) FROM contact_requests
              WHERE sender_id = :s AND recipient_id = :r AND state NOT IN ('accepted', 'declined')
            UNION ALL SELECT 'declined', MAX(decided_at) FROM contact_requests
              WHERE sender_id = :s AND recipient_id = :r AND state = 'declined'
            UNION ALL SELECT 'asked', MAX(asked_at) FROM contact_requests WHERE recipient_id = :r AND sender_id = :s
            UNION ALL SELECT 'conversation', (""" + PriorConversation.LAST + ")";

    @Override
    public SendingHistory sendingHistory(
            MemberId sender, MemberId recipient, Instant sentSince, Instant notAcceptedSince, Instant now) {
        var sent = new ArrayList<Instant>();
        var single = new HashMap<String, Long>();
        jdbc.sql(SENDING_HISTORY)
                .param("s", sender.value())
                .param("r", recipient.value())
                .param("sentSince", sentSince.toEpochMilli())
                .param("notAcceptedSince", notAcceptedSince.toEpochMilli())
                .param("now", now.toEpochMilli())
                .query(rs -> {
                    String fact = rs.getString("fact");
                    long value = rs.getLong("value");
                    if (rs.wasNull()) {
                        return;
                    }
                    if (fact.equals("sent")) {
                        sent.add(Instant.ofEpochMilli(value));
                    } else {
                        single.put(fact, value);
                    }
                });
        sent.sort(null);
        return new SendingHistory(
                sent,
                single.getOrDefault("not_accepted", 0L).intValue(),
                single.getOrDefault("open", 0L) > 0,
                Optional.ofNullable(single.get("declined")).map(Instant::ofEpochMilli),
                Optional.ofNullable(single.get("asked")).map(Instant::ofEpochMilli),
                Optional.ofNullable(single.get("conversation")).map(Instant::ofEpochMilli));
    }

    @Override
    public Optional<Instant> lastConversation(MemberId a, MemberId b, Instant now) {
        return jdbc.sql(PriorConversation.LAST)
                .param("s", a.value())
                .param("r", b.value())
                .param("now", now.toEpochMilli())
                .query((rs, row) -> {
                    long sentAt = rs.getLong(1);
                    return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(sentAt));
                })
                .single();
    }

    /** Requests between the two (either way) that wait for meetings in person. */
    @Override
    public List<RequestId> awaitingMeetingsBetween(MemberId a, MemberId b) {
        return jdbc.sql("""
                        SELECT id FROM contact_requests WHERE state = 'awaiting_meetings'
                        AND ((sender_id = :a AND recipient_id = :b) OR (sender_id = :b AND recipient_id = :a))""")
                .param("a", a.value())
                .param("b", b.value())
                .query(JdbcRequests::requestId)
                .list();
    }

    /** Requests waiting for meetings in person whose requester and member are both among {@code members}. */
    @Override
    public List<RequestId> awaitingMeetingsAmong(List<MemberId> members) {
        if (members.size() < 2) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id FROM contact_requests WHERE state = 'awaiting_meetings'
                        AND sender_id IN (:ids) AND recipient_id IN (:ids)""")
                .param("ids", members.stream().map(MemberId::value).toList())
                .query(JdbcRequests::requestId)
                .list();
    }

    /** When the member last asked this requester a clarifying question, if ever. */
    @Override
    public Optional<Instant> lastQuestion(MemberId recipient, MemberId sender) {
        return jdbc.sql("SELECT MAX(asked_at) FROM contact_requests WHERE recipient_id = ? AND sender_id = ?")
                .params(recipient.value(), sender.value())
                .query((rs, row) -> instant(rs, 1))
                .single();
    }

    /**
     * Claims requests whose reply deadline passed: on PostgreSQL the rows stay locked until the transaction ends and
     * other processes skip them.
     */
    @Override
    public List<RequestId> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id FROM contact_requests
                        WHERE state = 'awaiting_reply' AND deadline_at <= ?
                        AND (deadline_retry_at IS NULL OR deadline_retry_at <= ?)
                        ORDER BY deadline_at LIMIT ?""" + dialect.skipLocked())
                .params(now.toEpochMilli(), now.toEpochMilli(), limit)
                .query(JdbcRequests::requestId)
                .list();
    }

    /**
     * Acting on the request's deadline failed once more: it is tried again after a wait that doubles with every
     * failure (from a minute up to an hour). Answers how often it has failed now.
     */
    @Override
    public int deadlineFailed(RequestId id, Instant now) {
        int failures = jdbc.sql("SELECT deadline_failures FROM contact_requests WHERE id = ?")
                        .param(id.value())
                        .query(Integer.class)
                        .optional()
                        .orElse(0)
                + 1;
        long wait = Math.min(60_000L << Math.min(failures - 1, 10), 3_600_000L);
        jdbc.sql("UPDATE contact_requests SET deadline_failures = ?, deadline_retry_at = ? WHERE id = ?")
                .params(failures, now.toEpochMilli() + wait, id.value())
                .update();
        return failures;
    }

    /** The member's requests received, newest first, optionally only those in one state. */
    @Override
    public List<StoredRequest> inbox(MemberId recipient, Optional<RequestState> state, int limit, int offset) {
        String where = state.isPresent() ? " AND state = :state" : "";
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM contact_requests WHERE recipient_id = :recipient" + where
                        + " ORDER BY sent_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("recipient", recipient.value())
                .param("limit", limit)
                .param("offset", offset);
        if (state.isPresent()) {
            statement = statement.param("state", state.get().wireName());
        }
        return statement.query(JdbcRequests::row).list();
    }

    /** The member's requests received, newest first, as the inbox filter says. */
    @Override
    public List<StoredRequest> inbox(MemberId recipient, InboxFilter filter, int limit, int offset) {
        var where = new StringBuilder();
        if (!filter.states().isEmpty()) {
            where.append(" AND state IN (:states)");
        }
        if (filter.category().isPresent()) {
            where.append(" AND category = :category");
        }
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM contact_requests WHERE recipient_id = :recipient" + where
                        + " ORDER BY sent_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("recipient", recipient.value())
                .param("limit", limit)
                .param("offset", offset);
        if (!filter.states().isEmpty()) {
            statement = statement.param(
                    "states",
                    filter.states().stream().map(RequestState::wireName).toList());
        }
        if (filter.category().isPresent()) {
            statement = statement.param("category", filter.category().get().wireName());
        }
        return statement.query(JdbcRequests::row).list();
    }

    /** Every request the sender sent the recipient, newest first. */
    @Override
    public List<StoredRequest> between(MemberId sender, MemberId recipient) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM contact_requests WHERE sender_id = ? AND recipient_id = ? ORDER BY sent_at DESC")
                .params(sender.value(), recipient.value())
                .query(JdbcRequests::row)
                .list();
    }

    /** The requests the member received since {@code since}, oldest first. */
    @Override
    public List<StoredRequest> receivedSince(MemberId recipient, Instant since) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM contact_requests WHERE recipient_id = ? AND sent_at >= ? ORDER BY sent_at")
                .params(recipient.value(), since.toEpochMilli())
                .query(JdbcRequests::row)
                .list();
    }

    /** Who sent the member requests, most recent first. */
    @Override
    public List<MemberId> sendersTo(MemberId recipient) {
        return jdbc.sql("""
                        SELECT sender_id FROM contact_requests WHERE recipient_id = ?
                        GROUP BY sender_id ORDER BY MAX(sent_at) DESC""")
                .param(recipient.value())
                .query((rs, row) -> new MemberId(rs.getString(1)))
                .list();
    }

    /** The ids of the member's received requests that raised the signal. */
    @Override
    public java.util.Set<RequestId> withSignal(MemberId recipient, String signal) {
        return new java.util.HashSet<>(jdbc.sql("""
                        SELECT s.request_id FROM request_signals s JOIN contact_requests r ON r.id = s.request_id
                        WHERE r.recipient_id = ? AND s.name = ?""")
                .params(recipient.value(), signal)
                .query(JdbcRequests::requestId)
                .list());
    }

    @Override
    public List<Signal> signals(RequestId request) {
        return jdbc.sql("SELECT name, weight, evidence FROM request_signals WHERE request_id = ? ORDER BY position")
                .param(request.value())
                .query((rs, row) -> new Signal(rs.getString("name"), rs.getDouble("weight"), rs.getString("evidence")))
                .list();
    }

    private static StoredRequest row(ResultSet rs, int row) throws SQLException {
        var request = new ContactRequest(
                new RequestId(rs.getString("id")),
                new MemberId(rs.getString("sender_id")),
                new MemberId(rs.getString("recipient_id")),
                RequestState.fromWireName(rs.getString("state"))
                        .orElseThrow(() -> new IllegalStateException("unknown state in the database")),
                Optional.ofNullable(instant(rs, "deadline_at")),
                Optional.ofNullable(instant(rs, "asked_at")),
                optionalInt(rs, "meetings_required"),
                Optional.ofNullable(rs.getString("decided_by")),
                Optional.ofNullable(instant(rs, "decided_at")));
        Optional<ScreeningRecord> screening = rs.getString("category") == null
                ? Optional.empty()
                : Optional.of(new ScreeningRecord(
                        stored(Category.fromWireName(rs.getString("category")), "category"),
                        rs.getDouble("confidence"),
                        stored(Action.fromWireName(rs.getString("action")), "action"),
                        rs.getString("rule_id"),
                        rs.getString("rule"),
                        rs.getString("explanation"),
                        Language.fromCode(rs.getString("language")).orElse(Language.OTHER)));
        return new StoredRequest(
                request,
                rs.getInt("version"),
                rs.getString("message"),
                Instant.ofEpochMilli(rs.getLong("sent_at")),
                screening);
    }

    private static RequestId requestId(ResultSet rs, int row) throws SQLException {
        return new RequestId(rs.getString(1));
    }

    private static Optional<Integer> optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static Long millis(Optional<Instant> instant) {
        return instant.map(Instant::toEpochMilli).orElse(null);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
    }

    /** A value the database holds by its wire name; one it does not know is a broken row, not a missing value. */
    private static <T> T stored(Optional<T> value, String column) {
        return value.orElseThrow(() -> new IllegalStateException("unknown " + column + " in the database"));
    }
}
