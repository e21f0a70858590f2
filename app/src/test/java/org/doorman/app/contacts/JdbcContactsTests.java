package org.doorman.app.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.doorman.app.relationsdb.Engine;
import org.doorman.app.relationsdb.Rows;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcContactsTests {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @ParameterizedTest
    @EnumSource(Engine.class)
    void confirmingMakesAContactOnBothSidesOnce(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var rows = new Rows(jdbc);
        var contacts = new JdbcContacts(jdbc);
        String dana = rows.member("Dana Berg");
        String eva = rows.member("Eva Schulz");
        String request = rows.request(eva, dana, "Hallo", MONDAY, "accepted");

        contacts.confirm(dana, eva, request, MONDAY);
        contacts.confirm(eva, dana, request, MONDAY.plusSeconds(60));

        assertThat(contacts.connected(dana, eva)).isTrue();
        assertThat(contacts.connected(eva, dana)).isTrue();
        assertThat(contacts.of(dana)).singleElement().satisfies(contact -> {
            assertThat(contact.id()).isEqualTo(eva);
            assertThat(contact.name()).isEqualTo("Eva Schulz");
            assertThat(contact.since()).isEqualTo(MONDAY);
        });
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void removingTakesTheContactAwayOnBothSides(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var rows = new Rows(jdbc);
        var contacts = new JdbcContacts(jdbc);
        String dana = rows.member("Dana Berg");
        String eva = rows.member("Eva Schulz");
        String tim = rows.member("Tim Kaiser");
        contacts.confirm(dana, eva, null, MONDAY);
        contacts.confirm(dana, tim, null, MONDAY);

        assertThat(contacts.remove(dana, eva)).isTrue();
        assertThat(contacts.remove(dana, eva)).isFalse();

        assertThat(contacts.connected(dana, eva)).isFalse();
        assertThat(contacts.connected(eva, dana)).isFalse();
        assertThat(contacts.of(dana)).extracting(ContactRow::id).containsExactly(tim);
        assertThat(contacts.of(eva)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void countsTheMessagesTheTwoExchangedInRequestsEitherWay(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var rows = new Rows(jdbc);
        var contacts = new JdbcContacts(jdbc);
        String dana = rows.member("Dana Berg");
        String eva = rows.member("Eva Schulz");
        String tim = rows.member("Tim Kaiser");
        String request = rows.request(eva, dana, "Worin liegen die Vorteile?", MONDAY, "accepted");
        rows.message(request, dana, "clarifying_question", "Was genau?", MONDAY.plusSeconds(60));
        rows.message(request, eva, "reply", "Workshops.", MONDAY.plusSeconds(3600));
        String earlier = rows.request(dana, eva, null, MONDAY.minusSeconds(86400), "declined");
        rows.message(earlier, dana, "message", "Hallo Eva", MONDAY.minusSeconds(86000));
        String other = rows.request(tim, dana, "Hallo", MONDAY.plusSeconds(7200), "review");
        rows.message(other, dana, "message", "Nicht mitgezählt", MONDAY.plusSeconds(9000));
        contacts.confirm(dana, eva, request, MONDAY.plusSeconds(4000));

        assertThat(contacts.of(dana)).singleElement().satisfies(contact -> {
            assertThat(contact.messagesExchanged()).isEqualTo(4);
            assertThat(contact.lastMessage()).isEqualTo(Optional.of(MONDAY.plusSeconds(3600)));
        });
    }
}
