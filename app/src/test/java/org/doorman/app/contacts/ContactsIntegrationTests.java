package org.doorman.app.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.doorman.app.members.Registered;
import org.doorman.app.relationsdb.Api;
import org.doorman.app.relationsdb.Rows;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.doorman.core.lifecycle.RequestId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
abstract class ContactsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestMembers members;

    @Autowired
    Contacts contacts;

    @Autowired
    Clock clock;

    Api api;
    Registered dana;
    Registered eva;
    Registered jonas;

    @BeforeEach
    void members() {
        api = new Api(mvc);
        dana = members.create("Dana Berg", "de");
        eva = members.create("Eva Schulz", "de");
        jonas = members.create("Jonas Weber", "de");
    }

    @Test
    void listsEachContactWithSinceLastInteractionMessagesAndMeetings() throws Exception {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var rows = new Rows(jdbc);
        String request = rows.request(
                eva.id(), dana.id(), "Ich suche eine Steuerberaterin.", now.minusSeconds(7200), "accepted");
        rows.message(request, dana.id(), "message", "Gern, rufen Sie an.", now.minusSeconds(3600));
        contacts.confirm(dana.memberId(), eva.memberId(), new RequestId(request), now.minusSeconds(7000));
        contacts.confirm(dana.memberId(), jonas.memberId(), null, now.minusSeconds(60));
        api.post(
                        dana.token(),
                        "/meetings",
                        "{\"with\": \"%s\", \"at\": \"%s\"}".formatted(eva.id(), now.minusSeconds(1800)))
                .andExpect(status().isCreated());

        api.get(dana.token(), "/contacts")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(eva.id()))
                .andExpect(jsonPath("$[0].name").value("Eva Schulz"))
                .andExpect(jsonPath("$[0].since").value(now.minusSeconds(7000).toString()))
                .andExpect(jsonPath("$[0].lastInteraction")
                        .value(now.minusSeconds(1800).toString()))
                .andExpect(jsonPath("$[0].messagesExchanged").value(2))
                .andExpect(jsonPath("$[0].meetings").value(1))
                .andExpect(jsonPath("$[1].id").value(jonas.id()))
                .andExpect(jsonPath("$[1].lastInteraction")
                        .value(now.minusSeconds(60).toString()))
                .andExpect(jsonPath("$[1].messagesExchanged").value(0))
                .andExpect(jsonPath("$[1].meetings").value(0));
        api.get(eva.token(), "/contacts").andExpect(jsonPath("$[0].id").value(dana.id()));
    }

    @Test
    void removingAContactIsSilentForTheOtherSide() throws Exception {
        contacts.confirm(dana.memberId(), eva.memberId(), null, clock.instant());
        contacts.confirm(dana.memberId(), jonas.memberId(), null, clock.instant());
        long events = count("SELECT COUNT(*) FROM webhook_events");
        long messagesToEva =
                count("SELECT COUNT(*) FROM request_messages r JOIN contact_requests c ON c.id = r.request_id"
                        + " WHERE c.sender_id = '" + eva.id() + "' OR c.recipient_id = '" + eva.id() + "'");

        api.delete(dana.token(), "/contacts/" + eva.id()).andExpect(status().isNoContent());

        api.get(dana.token(), "/contacts")
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(jonas.id()));
        // the removed person is not shown the removal
        api.get(eva.token(), "/contacts")
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(dana.id()));
        assertThat(count("SELECT COUNT(*) FROM webhook_events"))
                .as("no webhook or message tells anyone")
                .isEqualTo(events);
        assertThat(count("SELECT COUNT(*) FROM request_messages r JOIN contact_requests c ON c.id = r.request_id"
                        + " WHERE c.sender_id = '" + eva.id() + "' OR c.recipient_id = '" + eva.id() + "'"))
                .isEqualTo(messagesToEva);
        assertThat(contacts.connected(dana.memberId(), eva.memberId())).isFalse();
        assertThat(contacts.connected(eva.memberId(), dana.memberId())).isTrue();
        assertThat(contacts.removedAt(dana.memberId(), eva.memberId())).isPresent();
    }

    @Test
    void removingSomeoneWhoIsNoContactIsNotFound() throws Exception {
        contacts.confirm(eva.memberId(), jonas.memberId(), null, clock.instant());

        api.delete(dana.token(), "/contacts/" + jonas.id())
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        api.delete(dana.token(), "/contacts/m_nobody").andExpect(status().isNotFound());
        assertThat(contacts.connected(eva.memberId(), jonas.memberId()))
                .as("another member's contact stays")
                .isTrue();
    }

    @Test
    void contactsNeedAToken() throws Exception {
        api.get(null, "/contacts").andExpect(status().isUnauthorized());
        api.delete(null, "/contacts/" + eva.id()).andExpect(status().isUnauthorized());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
