package org.doorman.app.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.doorman.app.ids.Ids;
import org.doorman.app.storage.Dialect;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members' digest schedules and the record of what was sent (digest_settings, digest_log). */
@Repository
class JdbcDigests {

    /** A member's schedule and where their digest stands. */
    record Stored(
            MemberId memberId,
            DigestSchedule schedule,
            Optional<Instant> nextDueAt,
            Optional<Instant> lastSentAt,
            int attempts) {}

    /** Whom a digest goes to. */
    record Recipient(MemberId id, String name, String language, String email) {}

    private final JdbcClient jdbc;
    private final Dialect dialect;

    JdbcDigests(JdbcClient jdbc, Dialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    Optional<Stored> find(MemberId memberId) {
        return jdbc.sql("SELECT * FROM digest_settings WHERE member_id = ?")
                .param(memberId.value())
                .query(JdbcDigests::stored)
                .optional();
    }

    /** A new schedule starts afresh: the failures of the old one are forgotten. */
    void save(MemberId memberId, DigestSchedule schedule, Optional<Instant> nextDueAt, Instant now) {
        jdbc.sql("""
                        INSERT INTO digest_settings (member_id, frequency, local_time, time_zone, weekday, next_due_at,
                                                     attempts, updated_at)
                        VALUES (:member, :frequency, :time, :zone, :day, :next, 0, :now)
                        ON CONFLICT (member_id) DO UPDATE SET frequency = :frequency, local_time = :time,
                            time_zone = :zone, weekday = :day, next_due_at = :next, attempts = 0, last_error = NULL,
                            updated_at = :now""")
                .param("member", memberId.value())
                .param("frequency", schedule.frequency().wireName())
                .param("time", schedule.timeText())
                .param("zone", schedule.zone().getId())
                .param("day", schedule.dayText())
                .param("next", nextDueAt.map(Instant::toEpochMilli).orElse(null))
                .param("now", now.toEpochMilli())
                .update();
    }

    /** The default schedule for a newcomer; a schedule the member chose stays. */
    void adopt(MemberId memberId, DigestSchedule schedule, Optional<Instant> nextDueAt, Instant now) {
        jdbc.sql("""
                        INSERT INTO digest_settings (member_id, frequency, local_time, time_zone, weekday, next_due_at,
                                                     attempts, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT (member_id) DO NOTHING""")
                .params(
                        memberId.value(),
                        schedule.frequency().wireName(),
                        schedule.timeText(),
                        schedule.zone().getId(),
                        schedule.dayText(),
                        nextDueAt.map(Instant::toEpochMilli).orElse(null),
                        now.toEpochMilli())
                .update();
    }

    /**
     * Claims the next due digest in the caller's transaction: locked until it commits, and skipped by other processes
     * on PostgreSQL; SQLite has one writer at a time.
     */
    Optional<Stored> claimNext(Instant now) {
        return jdbc.sql("""
                        SELECT * FROM digest_settings WHERE next_due_at <= ? AND frequency <> 'never'
                        ORDER BY next_due_at, member_id LIMIT 1""" + dialect.skipLocked())
                .param(now.toEpochMilli())
                .query(JdbcDigests::stored)
                .optional();
    }

    /** The record that the digest went out, in the transaction that claimed it. */
    void recordSent(MemberId memberId, Instant now, Optional<Instant> next, int items) {
        jdbc.sql("""
                        UPDATE digest_settings SET last_sent_at = ?, next_due_at = ?, attempts = 0, last_error = NULL
                        WHERE member_id = ?""")
                .params(now.toEpochMilli(), next.map(Instant::toEpochMilli).orElse(null), memberId.value())
                .update();
        jdbc.sql("INSERT INTO digest_log (id, member_id, sent_at, items) VALUES (?, ?, ?, ?)")
                .params(Ids.next("dig"), memberId.value(), now.toEpochMilli(), items)
                .update();
    }

    /** Nothing waited (or there is no address): the next digest is planned, nothing is recorded as sent. */
    void recordSkipped(MemberId memberId, Optional<Instant> next) {
        jdbc.sql("UPDATE digest_settings SET next_due_at = ?, attempts = 0, last_error = NULL WHERE member_id = ?")
                .params(next.map(Instant::toEpochMilli).orElse(null), memberId.value())
                .update();
    }

    void recordFailure(MemberId memberId, int attempts, Optional<Instant> next, String error) {
        jdbc.sql("UPDATE digest_settings SET attempts = ?, next_due_at = ?, last_error = ? WHERE member_id = ?")
                .params(
                        attempts,
                        next.map(Instant::toEpochMilli).orElse(null),
                        error.length() > 500 ? error.substring(0, 500) : error,
                        memberId.value())
                .update();
    }

    void turnOff(MemberId memberId, Instant now) {
        jdbc.sql("""
                        UPDATE digest_settings SET frequency = 'never', next_due_at = NULL, attempts = 0,
                        updated_at = ? WHERE member_id = ?""").params(now.toEpochMilli(), memberId.value()).update();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(
                new MemberId(rs.getString("member_id")),
                DigestSchedule.parse(
                        rs.getString("frequency"),
                        rs.getString("local_time"),
                        rs.getString("time_zone"),
                        rs.getString("weekday")),
                instant(rs, "next_due_at"),
                instant(rs, "last_sent_at"),
                rs.getInt("attempts"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }
}
