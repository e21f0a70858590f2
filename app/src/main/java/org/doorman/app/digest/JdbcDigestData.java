package org.doorman.app.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.doorman.app.members.PersonalData;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The member's digest schedule, as the field {@code digest} of {@code profile.json} (null if they chose none). */
@Repository
class JdbcDigestData implements PersonalData {

    record ExportedSchedule(String frequency, String localTime, String timeZone, String weekday, Instant lastSentAt) {}

    private final JdbcClient jdbc;

    JdbcDigestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Part> of(MemberId memberId) {
        var schedule = jdbc.sql("""
                        SELECT frequency, local_time, time_zone, weekday, last_sent_at FROM digest_settings
                        WHERE member_id = ?""")
                .param(memberId.value())
                .query(JdbcDigestData::schedule)
                .optional()
                .orElse(null);
        return List.of(new Field("profile.json", "digest", schedule));
    }

    private static ExportedSchedule schedule(ResultSet rs, int row) throws SQLException {
        long lastSent = rs.getLong("last_sent_at");
        return new ExportedSchedule(
                rs.getString("frequency"),
                rs.getString("local_time"),
                rs.getString("time_zone"),
                rs.getString("weekday"),
                rs.wasNull() ? null : Instant.ofEpochMilli(lastSent));
    }
}
