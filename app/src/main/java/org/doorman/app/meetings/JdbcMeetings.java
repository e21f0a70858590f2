package org.doorman.app.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.doorman.app.events.EventId;
import org.doorman.app.events.EventView;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMeetings implements Meetings {

    private static final String PAIR = "((member_id = :a AND other_id = :b) OR (member_id = :b AND other_id = :a))";

    private final JdbcClient jdbc;

    JdbcMeetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Before any meeting; instants are stored as epoch milliseconds.
    private static final long EVER = Long.MIN_VALUE;

    @Override
    public int countBetween(MemberId a, MemberId b) {
        return occasions("SELECT met_at, event_id FROM meetings WHERE " + PAIR, a, b, EVER, false);
    }

    @Override
    public int countRecognizedBy(MemberId memberId, MemberId otherId) {
        return countRecognizedBy(memberId, otherId, Optional.empty(), false);
    }

    @Override
    public int countRecognizedBy(
            MemberId memberId, MemberId otherId, Optional<Instant> after, boolean confirmedAttendanceOnly) {
        return occasions(
                "SELECT met_at, event_id FROM meetings WHERE member_id = :a AND other_id = :b",
                memberId,
                otherId,
                after.map(Instant::toEpochMilli).orElse(EVER),
                confirmedAttendanceOnly);
    }

    /**
     * The distinct occasions in one round trip: the meetings recorded after {@code after}, and the official events both
     * attended (each marked their own attendance, or the organiser confirmed it) that began after {@code after}; with
     * {@code confirmedOnly}, only events where the organiser confirmed both.
     */
    private int occasions(String recordedSql, MemberId a, MemberId b, long after, boolean confirmedOnly) {
        String confirmed = confirmedOnly ? " AND x.confirmed = TRUE AND y.confirmed = TRUE" : "";
        Set<String> occasions = new HashSet<>();
        jdbc.sql(recordedSql + """
                         AND met_at > :after
                        UNION ALL SELECT NULL, x.event_id FROM event_attendance x
                        JOIN event_attendance y ON y.event_id = x.event_id AND y.member_id = :b
                        WHERE x.member_id = :a AND x.event_official = TRUE AND x.event_starts_at > :after""" + confirmed)
                .param("a", a.value())
                .param("b", b.value())
                .param("after", after)
                .query((rs, row) -> {
                    String eventId = rs.getString("event_id");
                    return eventId == null ? "at:" + rs.getLong("met_at") : "event:" + eventId;
                })
                .list()
                .forEach(occasions::add);
        return occasions.size();
    }

    @Override
    public Optional<Instant> lastBetween(MemberId a, MemberId b) {
        Optional<Long> recorded = jdbc.sql("SELECT MAX(met_at) FROM meetings WHERE " + PAIR)
                .param("a", a.value())
                .param("b", b.value())
                .query(JdbcMeetings::nullableLong)
                .single();
        Optional<Long> attended = jdbc.sql(LAST_SHARED_EVENT)
                .param("a", a.value())
                .param("b", b.value())
                .query(JdbcMeetings::nullableLong)
                .single();
        return Stream.of(recorded, attended)
                .flatMap(Optional::stream)
                .max(Long::compare)
                .map(Instant::ofEpochMilli);
    }

    private static final String LAST_SHARED_EVENT = """
            SELECT MAX(x.event_starts_at) FROM event_attendance x
            JOIN event_attendance y ON y.event_id = x.event_id AND y.member_id = :b
            WHERE x.member_id = :a""";

    private static Optional<Long> nullableLong(ResultSet rs, int row) throws SQLException {
        long value = rs.getLong(1);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public boolean attended(EventId eventId, MemberId memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM event_attendance WHERE event_id = ? AND member_id = ?")
                        .params(eventId.value(), memberId.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void add(Meeting meeting) {
        jdbc.sql("""
                        INSERT INTO meetings (id, member_id, other_id, met_at, event_id, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        meeting.id(),
                        meeting.memberId().value(),
                        meeting.otherId().value(),
                        meeting.at().toEpochMilli(),
                        meeting.eventId().map(EventId::value).orElse(null),
                        meeting.recordedAt().toEpochMilli())
                .update();
    }

    /**
     * Records that the member attended the event, with what counting needs of it (whether it is official, when it
     * began); false when that was known already.
     */
    boolean attend(EventView event, MemberId memberId) {
        return jdbc.sql("""
                        INSERT INTO event_attendance (event_id, member_id, event_official, event_starts_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT (event_id, member_id) DO NOTHING""")
                        .params(
                                event.id(),
                                memberId.value(),
                                event.official(),
                                event.startsAt().toEpochMilli())
                        .update()
                > 0;
    }

    /** The organiser confirms the listed members' attendance; the others' stays unconfirmed. */
    void confirm(EventView event, java.util.Collection<MemberId> memberIds) {
        jdbc.sql("UPDATE event_attendance SET confirmed = FALSE WHERE event_id = ?")
                .param(event.id())
                .update();
        for (MemberId memberId : memberIds) {
            jdbc.sql("""
                            INSERT INTO event_attendance (event_id, member_id, confirmed, event_official, event_starts_at)
                            VALUES (?, ?, TRUE, ?, ?)
                            ON CONFLICT (event_id, member_id) DO UPDATE SET confirmed = TRUE""")
                    .params(
                            event.id(),
                            memberId.value(),
                            event.official(),
                            event.startsAt().toEpochMilli())
                    .update();
        }
    }

    /** The other members who attended the event. */
    List<MemberId> attendeesBesides(EventId eventId, MemberId memberId) {
        return jdbc.sql(
                        "SELECT member_id FROM event_attendance WHERE event_id = ? AND member_id <> ? ORDER BY member_id")
                .params(eventId.value(), memberId.value())
                .query((rs, row) -> new MemberId(rs.getString(1)))
                .list();
    }
}
