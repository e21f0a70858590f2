package org.doorman.app.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Points in time as the pages write them: in the server's time zone, in the reader's language. */
public final class Moments {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    private Moments() {}

    /** Date and time, e.g. "6 Dec 2026, 14:05" or "06.12.2026, 14:05". */
    public static String of(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(instant.atZone(ZONE));
    }

    /** The date only. */
    public static String date(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(instant.atZone(ZONE));
    }
}
