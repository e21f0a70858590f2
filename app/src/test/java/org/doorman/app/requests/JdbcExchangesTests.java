package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.Optional;
import org.doorman.app.contacts.Exchanges;
import org.doorman.app.relationsdb.Engine;
import org.doorman.app.relationsdb.Rows;
import org.doorman.core.lifecycle.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class JdbcExchangesTests {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Rows rows;
    private final JdbcExchanges exchanges;
    private final String dana;
    private final String eva;
    private final String tim;

    JdbcExchangesTests(Engine engine) {
        jdbc = engine.client(engine.migrated());
        rows = new Rows(jdbc);
        exchanges = new JdbcExchanges(jdbc);
        dana = rows.member("Dana Berg");
        eva = rows.member("Eva Schulz");
        tim = rows.member("Tim Kaiser");
    }

    @Test
    void countsTheMessagesTheTwoExchangedInRequestsEitherWay() {
        String request = rows.request(eva, dana, "Worin liegen die Vorteile?", MONDAY, "accepted");
        rows.message(request, dana, "clarifying_question", "Was genau?", MONDAY.plusSeconds(60));
        rows.message(request, eva, "reply", "Workshops.", MONDAY.plusSeconds(3600));
        String earlier = rows.request(dana, eva, null, MONDAY.minusSeconds(86400), "declined");
        rows.message(earlier, dana, "message", "Hallo Eva", MONDAY.minusSeconds(86000));
        String other = rows.request(tim, dana, "Hallo", MONDAY.plusSeconds(7200), "review");
        rows.message(other, dana, "message", "Nicht mitgezählt", MONDAY.plusSeconds(9000));

        assertThat(exchanges.of(new MemberId(dana)))
                .containsOnly(
                        entry(new MemberId(eva), new Exchanges.Exchange(4, Optional.of(MONDAY.plusSeconds(3600)))),
                        entry(new MemberId(tim), new Exchanges.Exchange(2, Optional.of(MONDAY.plusSeconds(9000)))));
    }

    @Test
    void aHiddenMessageAndOneByNeitherOfTheTwoAreNotExchanged() {
        String request = rows.request(tim, dana, null, MONDAY, "declined");
        rows.message(request, eva, "message", "Ich bin nicht dabei", MONDAY.plusSeconds(60));
        jdbc.sql("""
                        INSERT INTO request_messages (id, request_id, author_id, kind, body, sent_at, hidden)
                        VALUES ('msg_hidden', ?, ?, 'message', 'Hallo?', ?, TRUE)""")
                .params(request, tim, MONDAY.plusSeconds(120).toEpochMilli())
                .update();

        assertThat(exchanges.of(new MemberId(dana))).isEmpty();
    }
}
