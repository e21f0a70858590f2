package org.doorman.app.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.doorman.app.relationsdb.Engine;
import org.doorman.app.relationsdb.Rows;
import org.doorman.core.lifecycle.MemberId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Attendance stored before it kept its event's facts (V52) still counts after the upgrade. */
class AttendanceUpgradeTests {

    private static final Instant JAN = Instant.parse("2026-01-15T18:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-12T18:00:00Z");

    @ParameterizedTest
    @EnumSource(Engine.class)
    void officialEventsAttendedBeforeTheUpgradeStillCountAsMeetings(Engine engine) {
        var dataSource = engine.migratedTo("51");
        var jdbc = engine.client(dataSource);
        var rows = new Rows(jdbc);
        String rita = rows.member("Rita Sommer");
        String sam = rows.member("Sam Green");
        rows.event("official", "Netzwerkabend", JAN, true);
        rows.event("private", "Stammtisch", MAR, false);
        for (String event : new String[] {"official", "private"}) {
            for (String member : new String[] {rita, sam}) {
                jdbc.sql("INSERT INTO event_attendance (event_id, member_id) VALUES (?, ?)")
                        .params(event, member)
                        .update();
            }
        }

        engine.upgrade(dataSource);

        var meetings = new JdbcMeetings(jdbc);
        assertThat(meetings.countBetween(new MemberId(rita), new MemberId(sam)))
                .as("the official event only")
                .isEqualTo(1);
        assertThat(meetings.lastBetween(new MemberId(rita), new MemberId(sam))).contains(MAR);
    }
}
