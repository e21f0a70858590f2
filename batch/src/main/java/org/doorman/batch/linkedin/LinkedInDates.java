package org.doorman.batch.linkedin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dates of LinkedIn's exports, which differ from file to file and year to year: {@code 12 Mar 2024},
 * {@code 2024-03-12 10:04:05 UTC}, {@code 3/12/24, 10:04 AM}, ISO-8601. Times without a zone are taken as UTC.
 */
final class LinkedInDates {

    private static final List<DateTimeFormatter> DATES =
            List.of(formatter("d MMM uuuu"), formatter("d MMMM uuuu"), formatter("uuuu-MM-dd"), formatter("M/d/uu"));
    private static final List<DateTimeFormatter> TIMES = List.of(
            formatter("uuuu-MM-dd HH:mm:ss"),
            formatter("uuuu-MM-dd HH:mm"),
            formatter("M/d/uu, h:mm a"),
            formatter("M/d/uuuu, h:mm a"),
            formatter("M/d/uu h:mm a"),
            formatter("d MMM uuuu HH:mm"));

    private LinkedInDates() {}

    private static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    /** The instant a field names; empty for an empty field, refused for one in no known format. */
    static Optional<Instant> instant(String field) {
        String text = normalized(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException ignored) {
            // not ISO-8601 with an offset
        }
        String local = text.replaceFirst("(?i)\\s*(UTC|GMT|Z)$", "").replace('T', ' ');
        for (var format : TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(local, format).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return Optional.of(day(text).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The day a field names; a time after it is dropped. */
    static Optional<LocalDate> date(String field) {
        String text = normalized(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.matches(".*\\d{1,2}:\\d{2}.*")) {
            return instant(text).map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC));
        }
        return Optional.of(day(text));
    }

    private static LocalDate day(String text) {
        for (var format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        throw new IllegalArgumentException("not a date LinkedIn writes: '" + text + "'");
    }

    private static String normalized(String field) {
        // LinkedIn writes a narrow no-break space before AM/PM in some exports.
        return field == null
                ? ""
                : field.replace('\u202F', ' ').replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
    }
}
