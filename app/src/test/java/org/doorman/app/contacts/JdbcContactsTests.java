package org.doorman.app.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.doorman.app.members.MemberDirectory;
import org.doorman.app.relationsdb.Engine;
import org.doorman.app.relationsdb.Rows;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class JdbcContactsTests {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Rows rows;
    private final JdbcContacts contacts;
    private final String dana;
    private final String eva;
    private final String tim;

    JdbcContactsTests(Engine engine) {
        jdbc = engine.client(engine.migrated());
        rows = new Rows(jdbc);
        contacts = new JdbcContacts(jdbc, MemberDirectory.jdbc(jdbc));
        dana = rows.member("Dana Berg");
        eva = rows.member("Eva Schulz");
        tim = rows.member("Tim Kaiser");
    }

    @Test
    void theCountAtAPercentileOfTheNetworkCountsMembersWithoutContactsAsNone() {
        // dana, eva and tim have none; ten more have 0, 1, ... 9 contacts: thirteen members, sorted
        // 0 0 0 0 1 2 3 4 5 6 7 8 9
        var ten = new java.util.ArrayList<String>();
        for (int i = 0; i < 10; i++) {
            ten.add(rows.member("Member " + (char) ('A' + i)));
        }
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < i; j++) {
                jdbc.sql("INSERT INTO contacts (member_id, contact_id, since) VALUES (?, ?, 0)")
                        .params(ten.get(i), ten.get(j))
                        .update();
            }
        }

        assertThat(contacts.countAtPercentile(1.0)).isEqualTo(9);
        assertThat(contacts.countAtPercentile(0.9)).as("the 12th of 13").isEqualTo(8);
        assertThat(contacts.countAtPercentile(0.5)).as("the 7th of 13").isEqualTo(3);
        assertThat(contacts.countAtPercentile(0.3)).as("the 4th of 13").isZero();
    }

    @Test
    void confirmingMakesAContactOnBothSidesOnce() {
        String request = rows.request(eva, dana, "Hallo", MONDAY, "accepted");

        contacts.confirm(new MemberId(dana), new MemberId(eva), new RequestId(request), MONDAY);
        contacts.confirm(new MemberId(eva), new MemberId(dana), new RequestId(request), MONDAY.plusSeconds(60));

        assertThat(contacts.connected(new MemberId(dana), new MemberId(eva))).isTrue();
        assertThat(contacts.connected(new MemberId(eva), new MemberId(dana))).isTrue();
        assertThat(contacts.of(new MemberId(dana))).containsExactly(new JdbcContacts.Held(new MemberId(eva), MONDAY));
    }

    @Test
    void removingTakesTheContactAwayOnTheMembersSideOnlyAndRecordsWhen() {
        contacts.confirm(new MemberId(dana), new MemberId(eva), null, MONDAY);
        contacts.confirm(new MemberId(dana), new MemberId(tim), null, MONDAY);

        assertThat(contacts.remove(new MemberId(dana), new MemberId(eva), MONDAY.plusSeconds(60)))
                .isTrue();
        assertThat(contacts.remove(new MemberId(dana), new MemberId(eva), MONDAY.plusSeconds(120)))
                .isFalse();

        assertThat(contacts.connected(new MemberId(dana), new MemberId(eva))).isFalse();
        assertThat(contacts.of(new MemberId(dana)))
                .extracting(JdbcContacts.Held::contactId)
                .containsExactly(new MemberId(tim));
        // the removed person is not shown the removal: their side stays
        assertThat(contacts.connected(new MemberId(eva), new MemberId(dana))).isTrue();
        assertThat(contacts.of(new MemberId(eva)))
                .extracting(JdbcContacts.Held::contactId)
                .containsExactly(new MemberId(dana));
        assertThat(contacts.removedAt(new MemberId(dana), new MemberId(eva))).contains(MONDAY.plusSeconds(60));
        assertThat(contacts.removedAt(new MemberId(eva), new MemberId(dana))).isEmpty();
    }
}
