package org.doorman.app.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.doorman.app.events.EventId;
import org.doorman.app.events.EventView;
import org.doorman.app.relationsdb.Engine;
import org.doorman.app.relationsdb.Rows;
import org.doorman.core.lifecycle.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class JdbcMeetingsTests {

    private static final Instant JAN = Instant.parse("2026-01-15T18:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-12T18:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-12T18:00:00Z");

    private final Rows rows;
    private final JdbcMeetings meetings;
    private final MemberId rita;
    private final MemberId sam;
    private final MemberId carl;

    JdbcMeetingsTests(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        rows = new Rows(jdbc);
        meetings = new JdbcMeetings(jdbc);
        rita = new MemberId(rows.member("Rita Sommer"));
        sam = new MemberId(rows.member("Sam Green"));
        carl = new MemberId(rows.member("Carl Outsider"));
    }

    @Test
    void countsMeetingsRecordedByEitherSide() {
        meetings.add(meeting("1", rita, sam, JAN, null));
        meetings.add(meeting("2", sam, rita, FEB, null));
        meetings.add(meeting("3", rita, carl, MAR, null));

        assertThat(meetings.countBetween(rita, sam)).isEqualTo(2);
        assertThat(meetings.countBetween(sam, rita)).isEqualTo(2);
        assertThat(meetings.countBetween(sam, carl)).isZero();
        assertThat(meetings.lastBetween(rita, sam)).isEqualTo(Optional.of(FEB));
        assertThat(meetings.lastBetween(sam, carl)).isEmpty();
    }

    @Test
    void theSameMeetingRecordedByBothSidesCountsOnce() {
        meetings.add(meeting("1", rita, sam, JAN, null));
        meetings.add(meeting("2", sam, rita, JAN, null));

        assertThat(meetings.countBetween(rita, sam)).isEqualTo(1);
    }

    @Test
    void attendingTheSameEventCountsAsAMeetingOnceEvenWhenAlsoRecorded() {
        var ev1 = event("ev1", "Netzwerkabend", JAN, true);
        var ev2 = event("ev2", "Sommerfest", MAR, true);

        assertThat(meetings.attend(ev1, rita)).isTrue();
        assertThat(meetings.attend(ev1, rita)).isFalse();
        meetings.attend(ev1, sam);
        meetings.attend(ev2, rita);
        meetings.attend(ev2, carl);
        meetings.add(meeting("1", rita, sam, JAN.plusSeconds(600), "ev1"));

        assertThat(meetings.countBetween(rita, sam)).isEqualTo(1);
        assertThat(meetings.countBetween(sam, carl)).isZero();
        assertThat(meetings.countBetween(rita, carl)).isEqualTo(1);
        assertThat(meetings.lastBetween(rita, carl)).isEqualTo(Optional.of(MAR));
        assertThat(meetings.attendeesBesides(new EventId("ev1"), rita)).containsExactly(sam);
    }

    @Test
    void anEventTheNetworkDoesNotRunOfficiallyIsNoMeeting() {
        var stammtisch = event("ev1", "Stammtisch", JAN, false);

        meetings.attend(stammtisch, rita);
        meetings.attend(stammtisch, sam);

        assertThat(meetings.countBetween(rita, sam)).isZero();
        assertThat(meetings.lastBetween(rita, sam))
                .as("but they were there together")
                .contains(JAN);
    }

    @Test
    void onlyEventsThatBeganAfterTheGivenTimeCount() {
        var january = event("ev1", "Netzwerkabend", JAN, true);
        var march = event("ev2", "Sommerfest", MAR, true);
        for (var event : java.util.List.of(january, march)) {
            meetings.attend(event, rita);
            meetings.attend(event, sam);
        }

        assertThat(meetings.countRecognizedBy(rita, sam, Optional.of(FEB), false))
                .isEqualTo(1);
    }

    @Test
    void aMemberRecognizesTheMeetingsTheyRecordedAndTheEventsBothAttendedNotTheOthersClaims() {
        var ev1 = event("ev1", "Netzwerkabend", JAN, true);

        meetings.add(meeting("1", sam, rita, FEB, null));
        meetings.add(meeting("2", sam, rita, MAR, null));

        assertThat(meetings.countBetween(rita, sam)).isEqualTo(2);
        assertThat(meetings.countRecognizedBy(sam, rita)).isEqualTo(2);
        assertThat(meetings.countRecognizedBy(rita, sam))
                .as("Sam's claims alone")
                .isZero();

        meetings.add(meeting("3", rita, sam, MAR, null));
        meetings.attend(ev1, rita);
        meetings.attend(ev1, sam);

        assertThat(meetings.countRecognizedBy(rita, sam)).isEqualTo(2);
        assertThat(meetings.countBetween(rita, sam)).isEqualTo(3);
    }

    /** An event as the events capability stores and shows it. */
    private EventView event(String id, String title, Instant startsAt, boolean official) {
        rows.event(id, title, startsAt, official);
        return new EventView(id, title, startsAt, "", official);
    }

    private static Meeting meeting(String id, MemberId member, MemberId other, Instant at, String eventId) {
        return new Meeting(id, member, other, at, Optional.ofNullable(eventId).map(EventId::new), at);
    }
}
