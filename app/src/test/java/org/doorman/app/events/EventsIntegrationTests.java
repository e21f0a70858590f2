package org.doorman.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Instant;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.Registered;
import org.doorman.app.relationsdb.Api;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
abstract class EventsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Events events;

    @Autowired
    Clock clock;

    Api api;
    Registered member;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        member = new TestMembers(registration).create("Lea Vogt", "de");
    }

    @Test
    void theOperatorCreatesAnEventThatMembersSeeAndInvitationsPropose() throws Exception {
        String body = api.post(Api.OPERATOR, "/events", """
                        {"title": "Netzwerkabend Alster", "startsAt": "2099-03-12T19:00:00+01:00",
                         "location": "Hotel Atlantic", "official": true}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.startsAt").value("2099-03-12T18:00:00Z"))
                .andExpect(jsonPath("$.official").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.id");

        api.get(member.token(), "/events/" + id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Netzwerkabend Alster"));
        // the list shows the soonest events, and other tests share the database: one that starts in a minute is among
        // them
        String soon = JsonPath.read(
                api.post(Api.OPERATOR, "/events", """
                                {"title": "Frühstück", "startsAt": "%s", "official": true}""".formatted(Instant.now().plusSeconds(60)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        api.get(member.token(), "/events")
                .andExpect(jsonPath("$[?(@.id == '" + soon + "')]").exists());
        assertThat(events.nextOfficial(Instant.parse("2099-03-01T00:00:00Z")))
                .contains(new EventView(
                        id, "Netzwerkabend Alster", Instant.parse("2099-03-12T18:00:00Z"), "Hotel Atlantic"));
    }

    @Test
    void onlyTheOperatorCreatesEvents() throws Exception {
        api.post(member.token(), "/events", "{\"title\": \"Mein Fest\", \"startsAt\": \"2099-01-01T18:00:00Z\"}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.post(null, "/events", "{\"title\": \"Mein Fest\", \"startsAt\": \"2099-01-01T18:00:00Z\"}")
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anEventNeedsATitleAndAnIsoStart() throws Exception {
        problem(api.post(Api.OPERATOR, "/events", "{\"startsAt\": \"2099-01-01T18:00:00Z\"}"), 400);
        problem(api.post(Api.OPERATOR, "/events", "{\"title\": \"Fest\", \"startsAt\": \"morgen um acht\"}"), 400);
        problem(api.post(Api.OPERATOR, "/events", "{\"title\": \"Fest\"}"), 400);
        problem(
                api.post(
                        Api.OPERATOR,
                        "/events",
                        "{\"title\": \"" + "x".repeat(301) + "\", \"startsAt\": \"2099-01-01T18:00:00Z\"}"),
                400);
        problem(api.get(member.token(), "/events/ev_nope"), 404);
        problem(
                api.post(
                        Api.OPERATOR,
                        "/events",
                        "{\"title\": \"Fest\\u0000\", \"startsAt\": \"2099-01-01T18:00:00Z\"}"),
                400);
    }

    private static void problem(ResultActions result, int status) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
