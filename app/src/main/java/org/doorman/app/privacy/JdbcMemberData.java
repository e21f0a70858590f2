package org.doorman.app.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.doorman.core.lifecycle.RequestState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads everything that is one member's own, for the export: rows as ordered maps with camelCase keys and instants
 * in ISO-8601. Of other members only what the conversations hold: id, handle and name.
 */
@Repository
class JdbcMemberData {

    private static final Set<String> JSON_COLUMNS = Set.of("offers", "seeks", "interests", "rules");
    private static final Set<String> INSTANT_COLUMNS = Set.of("since", "at");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcMemberData(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Map<String, Object> profile(String memberId) {
        var profile = one("""
                SELECT id, handle, name, language, headline, about, offers, seeks, interests, company, email, created_at
                FROM members WHERE id = ?""", memberId);
        profile.put("groups", jdbc.sql("""
                                SELECT g.name FROM memberships ms JOIN member_groups g ON g.id = ms.group_id
                                WHERE ms.member_id = ? ORDER BY g.name""").param(memberId).query(String.class).list());
        profile.put(
                "digest",
                rows(
                                "SELECT frequency, local_time, time_zone, weekday, last_sent_at FROM digest_settings"
                                        + " WHERE member_id = ?",
                                memberId)
                        .stream()
                        .findFirst()
                        .orElse(null));
        return profile;
    }

    List<Map<String, Object>> strategy(String memberId) {
        return rows("SELECT preset, rules, updated_at FROM strategies WHERE member_id = ?", memberId);
    }

    List<Map<String, Object>> templates(String memberId) {
        return rows(
                "SELECT purpose, language, body, updated_at FROM message_templates WHERE member_id = ?"
                        + " ORDER BY purpose, language",
                memberId);
    }

    List<Map<String, Object>> received(String memberId) {
        var requests = rows("""
                SELECT r.id, r.sender_id, s.handle AS sender_handle, s.name AS sender_name, r.message, r.language,
                       r.sent_at, r.state, r.category, r.confidence, r.action, r.rule_id, r.rule, r.explanation,
                       r.decided_at, r.decided_by, r.deadline_at
                FROM contact_requests r JOIN members s ON s.id = r.sender_id
                WHERE r.recipient_id = ? ORDER BY r.sent_at, r.id""", memberId);
        for (var request : requests) {
            String id = (String) request.get("id");
            request.put(
                    "signals",
                    rows(
                            "SELECT name, weight, evidence FROM request_signals WHERE request_id = ? ORDER BY position",
                            id));
            request.put("messages", messages(id));
        }
        return requests;
    }

    /** As the requester may see them: the state only as pending or accepted, no screening. */
    List<Map<String, Object>> sent(String memberId) {
        var requests = rows("""
                SELECT r.id, r.recipient_id, m.handle AS recipient_handle, m.name AS recipient_name, r.message,
                       r.sent_at, r.state
                FROM contact_requests r JOIN members m ON m.id = r.recipient_id
                WHERE r.sender_id = ? ORDER BY r.sent_at, r.id""", memberId);
        for (var request : requests) {
            String state = (String) request.get("state");
            request.put(
                    "state",
                    RequestState.fromWireName(state)
                            .map(RequestState::senderView)
                            .orElse("pending"));
            request.put("messages", messages((String) request.get("id")));
        }
        return requests;
    }

    List<Map<String, Object>> contacts(String memberId) {
        return rows("""
                SELECT c.contact_id, m.handle AS contact_handle, m.name AS contact_name, c.since, c.request_id
                FROM contacts c JOIN members m ON m.id = c.contact_id WHERE c.member_id = ? ORDER BY c.since""", memberId);
    }

    List<Map<String, Object>> meetings(String memberId) {
        return rows("""
                SELECT mt.id, mt.other_id, m.name AS other_name, mt.met_at, mt.event_id, e.title AS event_title,
                       mt.recorded_at
                FROM meetings mt JOIN members m ON m.id = mt.other_id LEFT JOIN events e ON e.id = mt.event_id
                WHERE mt.member_id = ? ORDER BY mt.met_at""", memberId);
    }

    List<Map<String, Object>> tasks(String memberId) {
        return rows("""
                SELECT id, request_id, contact_id, title, due_at, remind_at, done_at, created_at
                FROM follow_up_tasks WHERE member_id = ? ORDER BY due_at, id""", memberId);
    }

    List<Map<String, Object>> auditTrail(String memberId) {
        return rows(
                "SELECT request_id, at, actor, step, detail FROM audit_trail WHERE member_id = ? ORDER BY at, id",
                memberId);
    }

    private List<Map<String, Object>> messages(String requestId) {
        return rows("""
                SELECT rm.id, rm.author_id, m.name AS author_name, rm.kind, rm.body, rm.sent_at
                FROM request_messages rm JOIN members m ON m.id = rm.author_id
                WHERE rm.request_id = ? ORDER BY rm.sent_at, rm.id""", requestId);
    }

    private Map<String, Object> one(String sql, String memberId) {
        return rows(sql, memberId).getFirst();
    }

    private List<Map<String, Object>> rows(String sql, String param) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var row : jdbc.sql(sql).param(param).query().listOfRows()) {
            var out = new LinkedHashMap<String, Object>();
            row.forEach((column, value) -> {
                String name = column.toLowerCase(Locale.ROOT);
                out.put(camel(name), value(name, value));
            });
            rows.add(out);
        }
        return rows;
    }

    private Object value(String column, Object value) {
        if (value == null) {
            return null;
        }
        if ((column.endsWith("_at") || INSTANT_COLUMNS.contains(column)) && value instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue()).toString();
        }
        if (JSON_COLUMNS.contains(column) && value instanceof String text) {
            try {
                return json.readTree(text);
            } catch (RuntimeException notJson) {
                return text;
            }
        }
        return value;
    }

    private static String camel(String column) {
        var out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
