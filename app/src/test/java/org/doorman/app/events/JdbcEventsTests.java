package org.doorman.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.doorman.app.relationsdb.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcEventsTests {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theNextOfficialEventIsTheSoonestOfficialOneNotYetBegun(Engine engine) {
        var events = new JdbcEvents(engine.client(engine.migrated()));
        events.add(new EventView("past", "Neujahrsempfang", NOW.minusSeconds(86400), "Rathaus", true));
        events.add(new EventView("private", "Stammtisch", NOW.plusSeconds(3600), "", false));
        events.add(new EventView("later", "Sommerfest", NOW.plusSeconds(90 * 86400L), "Alster", true));
        events.add(new EventView("next", "Netzwerkabend", NOW.plusSeconds(10 * 86400L), "Hotel Atlantic", true));

        assertThat(events.nextOfficial(NOW))
                .contains(new EventView("next", "Netzwerkabend", NOW.plusSeconds(10 * 86400L), "Hotel Atlantic"));
        assertThat(events.nextOfficial(NOW.plusSeconds(365 * 86400L))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void findsAnEventByIdAndKeepsAMissingLocationEmpty(Engine engine) {
        var events = new JdbcEvents(engine.client(engine.migrated()));
        events.add(new EventView("e1", "Stammtisch", NOW, null, false));

        assertThat(events.find(new EventId("e1"))).contains(new EventView("e1", "Stammtisch", NOW, "", false));
        assertThat(events.find(new EventId("nope"))).isEmpty();
        assertThat(events.upcoming(NOW, 10)).extracting(EventView::id).containsExactly("e1");
    }
}
