package org.doorman.app.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads the ISO-8601 instants callers send, everywhere in the API: {@code 2026-03-12T18:00:00Z}, with an offset, or a
 * plain date (UTC); empty when none was sent, a 400 naming the field when it cannot be read or lies outside the years
 * 1900 to 9999. Request records say {@link DateTime} on such fields, so that the caller hears of every bad field at once.
 */
public final class Instants {

    private Instants() {}

    // Instants are stored as epoch milliseconds; a date beyond these years is a mistake, and far beyond overflows.
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** Whether {@link #parse} takes the text: blank, or an instant within the years 1900 to 9999. */
    static boolean readable(String text) {
        try {
            parse("", text);
            return true;
        } catch (ResponseStatusException unreadable) {
            return false;
        }
    }

    public static Optional<Instant> parse(String field, String text) {
        var instant = parsed(field, text);
        if (instant.isPresent()
                && (instant.get().isBefore(EARLIEST) || instant.get().isAfter(LATEST))) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "'" + field + "' must lie between the years 1900 and 9999.");
        }
        return instant;
    }

    private static Optional<Instant> parsed(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notADateTime) {
            try {
                return Optional.of(
                        LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException notADate) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "'" + field + "' must be an ISO-8601 date-time such as 2026-03-12T18:00:00Z, not '"
                                + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'.");
            }
        }
    }
}
