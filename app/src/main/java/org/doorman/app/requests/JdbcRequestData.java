package org.doorman.app.requests;

import static org.doorman.app.requests.JdbcRequests.instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorman.app.members.MemberHandles;
import org.doorman.app.members.MemberHandles.HandleAndName;
import org.doorman.app.members.PersonalData;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The requests the member received ({@code requests-received.json}, with how their strategy screened them) and sent
 * ({@code requests-sent.json}, as a requester may see them: pending or accepted, no screening), each with the messages
 * of its conversation. Of other members only what the conversations hold: id, handle and name.
 */
@Repository
class JdbcRequestData implements PersonalData {

    record ExportedSignal(String name, double weight, String evidence) {}

    record ExportedMessage(String id, String authorId, String authorName, String kind, String body, Instant sentAt) {}

    record ReceivedRequest(
            String id,
            String senderId,
            String senderHandle,
            String senderName,
            String message,
            String language,
            Instant sentAt,
            String state,
            @JsonUnwrapped ScreeningView screening,
            Instant decidedAt,
            String decidedBy,
            Instant deadlineAt,
            List<ExportedSignal> signals,
            List<ExportedMessage> messages) {}

    record SentRequest(
            String id,
            String recipientId,
            String recipientHandle,
            String recipientName,
            String message,
            Instant sentAt,
            String state,
            List<ExportedMessage> messages) {}

    private static final HandleAndName UNKNOWN = new HandleAndName(null, null);

    /** The requests the member received or sent, for the subqueries below. */
    private static final String OWN =
            "SELECT id FROM contact_requests WHERE recipient_id = :member OR sender_id = :member";

    private final JdbcClient jdbc;
    private final MemberHandles handles;

    JdbcRequestData(JdbcClient jdbc, MemberHandles handles) {
        this.jdbc = jdbc;
        this.handles = handles;
    }

    @Override
    public List<Part> of(MemberId memberId) {
        var others = handles.byId(jdbc.sql("""
                        SELECT sender_id FROM contact_requests WHERE recipient_id = :member
                        UNION SELECT recipient_id FROM contact_requests WHERE sender_id = :member
                        UNION SELECT author_id FROM request_messages WHERE request_id IN (%s)""".formatted(OWN))
                .param("member", memberId.value())
                .query((rs, row) -> new MemberId(rs.getString(1)))
                .list());
        var signals = signals(memberId);
        var messages = messages(memberId, others);
        var received = jdbc.sql("""
                        SELECT id, sender_id, message, language, sent_at, state, category, confidence, action, rule_id,
                               rule, explanation, decided_at, decided_by, deadline_at
                        FROM contact_requests WHERE recipient_id = ? ORDER BY sent_at, id""")
                .param(memberId.value())
                .query((rs, row) -> {
                    String id = rs.getString("id");
                    String sender = rs.getString("sender_id");
                    var who = others.getOrDefault(new MemberId(sender), UNKNOWN);
                    Double confidence = rs.getObject("confidence") == null ? null : rs.getDouble("confidence");
                    return new ReceivedRequest(
                            id,
                            sender,
                            who.handle(),
                            who.name(),
                            rs.getString("message"),
                            rs.getString("language"),
                            instant(rs, "sent_at"),
                            rs.getString("state"),
                            new ScreeningView(
                                    rs.getString("category"),
                                    confidence,
                                    rs.getString("action"),
                                    rs.getString("rule_id"),
                                    rs.getString("rule"),
                                    rs.getString("explanation")),
                            instant(rs, "decided_at"),
                            rs.getString("decided_by"),
                            instant(rs, "deadline_at"),
                            signals.getOrDefault(id, List.of()),
                            messages.getOrDefault(id, List.of()));
                })
                .list();
        var sent = jdbc.sql("""
                        SELECT id, recipient_id, message, sent_at, state
                        FROM contact_requests WHERE sender_id = ? ORDER BY sent_at, id""")
                .param(memberId.value())
                .query((rs, row) -> {
                    String id = rs.getString("id");
                    String recipient = rs.getString("recipient_id");
                    var who = others.getOrDefault(new MemberId(recipient), UNKNOWN);
                    return new SentRequest(
                            id,
                            recipient,
                            who.handle(),
                            who.name(),
                            rs.getString("message"),
                            instant(rs, "sent_at"),
                            RequestState.fromWireName(rs.getString("state"))
                                    .map(RequestState::senderView)
                                    .orElse("pending"),
                            messages.getOrDefault(id, List.of()));
                })
                .list();
        return List.of(new File("requests-received.json", received), new File("requests-sent.json", sent));
    }

    private Map<String, List<ExportedSignal>> signals(MemberId memberId) {
        var signals = new HashMap<String, List<ExportedSignal>>();
        jdbc.sql("""
                        SELECT request_id, name, weight, evidence FROM request_signals
                        WHERE request_id IN (SELECT id FROM contact_requests WHERE recipient_id = ?)
                        ORDER BY request_id, position""").param(memberId.value()).query(rs -> {
            signals.computeIfAbsent(rs.getString("request_id"), id -> new ArrayList<>())
                    .add(new ExportedSignal(rs.getString("name"), rs.getDouble("weight"), rs.getString("evidence")));
        });
        return signals;
    }

    private Map<String, List<ExportedMessage>> messages(MemberId memberId, Map<MemberId, HandleAndName> others) {
        var messages = new HashMap<String, List<ExportedMessage>>();
        jdbc.sql("""
                        SELECT request_id, id, author_id, kind, body, sent_at FROM request_messages
                        WHERE request_id IN (%s) ORDER BY sent_at, id""".formatted(OWN)).param("member", memberId.value()).query(rs -> {
            String author = rs.getString("author_id");
            messages.computeIfAbsent(rs.getString("request_id"), id -> new ArrayList<>())
                    .add(new ExportedMessage(
                            rs.getString("id"),
                            author,
                            others.getOrDefault(new MemberId(author), UNKNOWN).name(),
                            rs.getString("kind"),
                            rs.getString("body"),
                            instant(rs, "sent_at")));
        });
        return messages;
    }
}
