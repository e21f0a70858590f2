package org.doorman.app.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.doorman.app.events.EventView;
import org.doorman.core.screening.Language;
import org.junit.jupiter.api.Test;

class EventSentenceTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final EventView EVENT =
            new EventView("e1", "Netzwerkabend Hamburg", Instant.parse("2026-03-12T17:00:00Z"), "Hotel Atlantic");

    @Test
    void proposesTheEventInGermanWithDayTimeAndPlace() {
        assertThat(EventSentence.of(Optional.of(EVENT), Language.DE, BERLIN))
                .startsWith("Das nächste offizielle Treffen ist „Netzwerkabend Hamburg“ am Donnerstag, 12. März 2026"
                        + " um 18:00 Uhr (MEZ) in Hotel Atlantic.");
    }

    @Test
    void proposesTheEventInEnglish() {
        assertThat(EventSentence.of(Optional.of(EVENT), Language.EN, BERLIN))
                .startsWith("The next official event is \"Netzwerkabend Hamburg\" on Thursday, 12 March 2026 at 18:00"
                        + " (CET) in Hotel Atlantic.");
    }

    @Test
    void saysSoWhenNoEventIsPlanned() {
        assertThat(EventSentence.of(Optional.empty(), Language.DE, BERLIN)).contains("nächste offizielle Treffen");
        assertThat(EventSentence.of(Optional.empty(), Language.EN, BERLIN)).contains("next official event");
    }
}
