package org.doorman.app.digest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** When a member's digest goes out: daily or weekly at a local time in their time zone, or never. */
record DigestSchedule(Frequency frequency, LocalTime time, ZoneId zone, DayOfWeek day) {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    enum Frequency {
        DAILY,
        WEEKLY,
        NEVER;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Frequency of(String name) {
            return Arrays.stream(values())
                    .filter(f -> f.wireName().equalsIgnoreCase(name.strip()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "frequency must be daily, weekly or never, not '" + name + "'."));
        }
    }

    DigestSchedule {
        if (frequency == null || time == null || zone == null || day == null) {
            throw new IllegalArgumentException("a digest schedule needs a frequency, a time, a time zone and a day");
        }
        time = time.withSecond(0).withNano(0);
    }

    /** From the words of the API and the database; null keeps the default (Monday for the day). */
    static DigestSchedule parse(String frequency, String time, String zone, String day) {
        Frequency f = Frequency.of(frequency == null ? "daily" : frequency);
        LocalTime t;
        try {
            t = LocalTime.parse(time == null ? "08:00" : time.strip(), TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time must be a local time like 07:30, not '" + time + "'.");
        }
        ZoneId z;
        try {
            z = ZoneId.of(zone == null ? "UTC" : zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone must be a time zone like Europe/Berlin, not '" + zone + "'.");
        }
        DayOfWeek d;
        try {
            d = day == null ? DayOfWeek.MONDAY : DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("day must be a day of the week like monday, not '" + day + "'.");
        }
        return new DigestSchedule(f, t, z, d);
    }

    /** The first time after {@code now} the digest goes out; none for {@code never}. */
    Optional<Instant> nextAfter(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        return switch (frequency) {
            case NEVER -> Optional.empty();
            case DAILY -> {
                LocalDate date = local.toLocalDate();
                ZonedDateTime at = ZonedDateTime.of(date, time, zone);
                yield Optional.of(
                        (at.isAfter(local) ? at : ZonedDateTime.of(date.plusDays(1), time, zone)).toInstant());
            }
            case WEEKLY -> {
                LocalDate date = local.toLocalDate().with(TemporalAdjusters.nextOrSame(day));
                ZonedDateTime at = ZonedDateTime.of(date, time, zone);
                yield Optional.of((at.isAfter(local)
                                ? at
                                : ZonedDateTime.of(local.toLocalDate().with(TemporalAdjusters.next(day)), time, zone))
                        .toInstant());
            }
        };
    }

    /** How far back a first digest looks for what was decided. */
    Duration period() {
        return frequency == Frequency.WEEKLY ? Duration.ofDays(7) : Duration.ofDays(1);
    }

    String timeText() {
        return TIME.format(time);
    }

    String dayText() {
        return day.name().toLowerCase(Locale.ROOT);
    }
}
