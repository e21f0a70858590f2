package org.doorman.app.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DigestScheduleTests {

    @Test
    void aDailyDigestComesAtTheLocalTimeInTheMembersTimeZone() {
        var schedule = DigestSchedule.parse("daily", "07:30", "Europe/Berlin", null);

        assertThat(schedule.nextAfter(Instant.parse("2026-03-02T05:00:00Z")))
                .contains(Instant.parse("2026-03-02T06:30:00Z"));
        assertThat(schedule.nextAfter(Instant.parse("2026-03-02T06:30:00Z")))
                .as("not twice at the same time")
                .contains(Instant.parse("2026-03-03T06:30:00Z"));
    }

    @Test
    void theLocalTimeStaysWhenTheClocksChange() {
        var schedule = DigestSchedule.parse("daily", "07:30", "Europe/Berlin", null);

        // Summer time begins on 29 March 2026: 07:30 in Berlin is 05:30 UTC from then on.
        assertThat(schedule.nextAfter(Instant.parse("2026-03-28T07:00:00Z")))
                .contains(Instant.parse("2026-03-29T05:30:00Z"));
    }

    @Test
    void aWeeklyDigestComesOnItsDay() {
        var schedule = DigestSchedule.parse("weekly", "17:00", "America/New_York", "friday");

        // Monday 2 March 2026; the Friday after is 6 March, 17:00 in New York is 22:00 UTC.
        assertThat(schedule.nextAfter(Instant.parse("2026-03-02T12:00:00Z")))
                .contains(Instant.parse("2026-03-06T22:00:00Z"));
        assertThat(schedule.nextAfter(Instant.parse("2026-03-06T22:00:00Z")))
                .contains(Instant.parse("2026-03-13T21:00:00Z"));
        assertThat(schedule.period()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void neverMeansNoNextDigest() {
        assertThat(DigestSchedule.parse("never", "08:00", "UTC", null).nextAfter(Instant.EPOCH))
                .isEmpty();
    }

    @Test
    void wrongWordsAreRefusedWithASentence() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DigestSchedule.parse("hourly", "08:00", "UTC", null))
                .withMessageContaining("daily, weekly or never");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DigestSchedule.parse("daily", "25:00", "UTC", null))
                .withMessageContaining("07:30");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DigestSchedule.parse("daily", "08:00", "Mars/Olympus", null))
                .withMessageContaining("time zone");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DigestSchedule.parse("weekly", "08:00", "UTC", "someday"))
                .withMessageContaining("day of the week");
    }

    @Test
    void theBackoffDoublesUpToItsMaximum() {
        var settings = new DigestSettings(
                true,
                Duration.ofMinutes(1),
                "d@localhost",
                "daily",
                "08:00",
                "UTC",
                Duration.ofMinutes(1),
                Duration.ofMinutes(5),
                6,
                "");
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofMinutes(5));
    }
}
