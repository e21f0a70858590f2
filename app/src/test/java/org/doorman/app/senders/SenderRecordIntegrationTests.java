package org.doorman.app.senders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import org.doorman.app.members.Acquaintances;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.Registered;
import org.doorman.app.relationsdb.Api;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.doorman.core.lifecycle.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
abstract class SenderRecordIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    ScreeningFacts facts;

    @Autowired
    Acquaintances acquaintances;

    @Autowired
    Clock clock;

    Api api;
    TestMembers members;
    Registered collector;
    Instant now;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        members = new TestMembers(registration);
        collector = members.create("Max Sammler", "de");
        now = clock.instant();
    }

    @Test
    void theOperatorSeesTheRecordScreeningReadsAsTheRequestsGoOut() throws Exception {
        for (int i = 0; i < 4; i++) {
            String name = "Empfängerin Nummer" + "ABCD".charAt(i);
            var recipient = members.create(name, "de");
            api.post(collector.token(), "/requests", """
                            {"recipient": "%s", "message": "Hallo %s, Vernetzung bringt Vorteile für beide Seiten!"}""".formatted(recipient.id(), name))
                    .andExpect(status().isCreated());
        }

        api.get(Api.OPERATOR, "/senders/" + collector.id() + "/record")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Max Sammler"))
                .andExpect(jsonPath("$.requestsLast7Days").value(4))
                .andExpect(jsonPath("$.requestsLast30Days").value(4))
                .andExpect(jsonPath("$.requestsTotal").value(4))
                .andExpect(jsonPath("$.identicalTextRatio").value(1.0))
                .andExpect(jsonPath("$.withoutVisitRatio").value(1.0))
                .andExpect(jsonPath("$.standing").value("good"));
        api.get(Api.OPERATOR, "/senders?limit=100")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + collector.id() + "')].requestsLast7Days")
                        .value(org.hamcrest.Matchers.hasItem(4)));
        api.get(Api.OPERATOR, "/senders?limit=0").andExpect(status().isBadRequest());
        var stats = facts.senderStats(collector.memberId(), clock.instant().plusSeconds(1));
        assertThat(stats.requestsLast7Days()).isEqualTo(4);
        assertThat(stats.identicalTextRatio()).isEqualTo(1.0);
    }

    @Test
    void onlyTheOperatorSeesSenderRecords() throws Exception {
        var member = members.create("Dana Berg", "de");

        api.get(member.token(), "/senders/" + collector.id() + "/record")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.get(collector.token(), "/senders/" + collector.id() + "/record").andExpect(status().isForbidden());
        api.get(member.token(), "/senders").andExpect(status().isForbidden());
        api.get(null, "/senders/" + collector.id() + "/record").andExpect(status().isUnauthorized());
        api.get(Api.OPERATOR, "/senders/m_nobody/record")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void aProfileVisitThroughTheApiIsKnownToScreening() throws Exception {
        var dana = members.create("Dana Berg", "de");

        assertThat(acquaintances
                        .between(new MemberId(collector.id()), new MemberId(dana.id()), clock.instant())
                        .visitedProfile())
                .isFalse();
        api.get(collector.token(), "/members/" + dana.id()).andExpect(status().isOk());

        assertThat(acquaintances
                        .between(
                                new MemberId(collector.id()),
                                new MemberId(dana.id()),
                                clock.instant().plusSeconds(1))
                        .visitedProfile())
                .isTrue();
        assertThat(acquaintances
                        .between(
                                new MemberId(dana.id()),
                                new MemberId(collector.id()),
                                clock.instant().plusSeconds(1))
                        .visitedProfile())
                .as("a visit is the visitor's")
                .isFalse();
    }

    @Test
    void sharedGroupsFromTheProfilesAreKnownToScreening() {
        var dana = members.create(new org.doorman.app.members.NewMember(
                TestMembers.uniqueHandle("Dana"),
                new org.doorman.app.members.Profile(
                        "Dana Berg",
                        "de",
                        null,
                        null,
                        null,
                        null,
                        null,
                        java.util.List.of("BNI Chapter Alster", "Golfclub"),
                        null,
                        null),
                null));
        var eva = members.create(new org.doorman.app.members.NewMember(
                TestMembers.uniqueHandle("Eva"),
                new org.doorman.app.members.Profile(
                        "Eva Schulz",
                        "de",
                        null,
                        null,
                        null,
                        null,
                        null,
                        java.util.List.of("BNI Chapter Alster"),
                        null,
                        null),
                null));

        assertThat(acquaintances
                        .between(new MemberId(eva.id()), new MemberId(dana.id()), now)
                        .sharedGroups())
                .containsExactly("BNI Chapter Alster");
    }
}
