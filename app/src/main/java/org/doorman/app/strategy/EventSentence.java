package org.doorman.app.strategy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.doorman.app.events.EventView;
import org.doorman.core.screening.Language;

/** The sentence of an invitation that proposes the next official event, or says that none is planned yet. */
final class EventSentence {

    private static final DateTimeFormatter GERMAN =
            DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy 'um' HH:mm 'Uhr' (z)", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'at' HH:mm (z)", Locale.ENGLISH);
    private static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("EEEE, d. MMMM", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM", Locale.ENGLISH);

    private EventSentence() {}

    static String of(Optional<EventView> next, Language language, ZoneId zone) {
        boolean german = language == Language.DE;
        if (next.isEmpty()) {
            return german
                    ? "Sobald das nächste offizielle Treffen feststeht, freue ich mich, Sie dort kennenzulernen."
                    : "As soon as the next official event is planned, I look forward to meeting you there.";
        }
        EventView event = next.get();
        String when = when(event.startsAt(), language, zone);
        String where = event.location().isBlank() ? "" : " in " + event.location();
        return german
                ? "Das nächste offizielle Treffen ist „" + event.title() + "“ am " + when + where
                        + ". Kommen Sie doch vorbei: Dort lernen wir uns auf neutralem Boden und ohne Verpflichtungen"
                        + " kennen."
                : "The next official event is \"" + event.title() + "\" on " + when + where
                        + ". Do come along: we can get to know each other there, on neutral ground and without"
                        + " obligation.";
    }

    /** "Donnerstag, 12. März 2026 um 18:00 Uhr (MEZ)", "Thursday, 12 March 2026 at 18:00 (CET)". */
    static String when(Instant at, Language language, ZoneId zone) {
        return (language == Language.DE ? GERMAN : ENGLISH).format(at.atZone(zone));
    }

    /** "Freitag, 4. Dezember", "Friday, 4 December". */
    static String day(Instant at, Language language, ZoneId zone) {
        return (language == Language.DE ? GERMAN_DAY : ENGLISH_DAY).format(at.atZone(zone));
    }
}
