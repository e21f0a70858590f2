package org.doorman.app.imports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.doorman.app.members.Registered;
import org.doorman.app.relationsdb.Api;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.doorman.batch.linkedin.ImportAnalysis;
import org.doorman.batch.linkedin.ImportResult;
import org.doorman.core.screening.Profile;
import org.doorman.core.screening.Screener;
import org.doorman.core.strategy.Strategy;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A member's LinkedIn import over the API and on the page under contacts. */
@IntegrationTest
abstract class ImportsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    Imports imports;

    @Autowired
    Screener screener;

    @Autowired
    TransactionTemplate transactions;

    Api api;
    Registered lena;
    Registered jonas;

    @BeforeEach
    void members() {
        api = new Api(mvc);
        lena = members.create("Lena Hartmann", "de");
        jonas = members.create("Jonas Weber", "en");
    }

    ImportResult imported(Registered member) {
        var result =
                new ImportAnalysis(screener, Strategy.preset("default")).analyse(TestExport.read(), Profile.unknown());
        transactions.executeWithoutResult(
                status -> imports.keep(member.memberId(), result, Instant.parse("2026-03-02T09:00:00Z")));
        return result;
    }

    @Test
    void answersTheCallersImportWithScreenedInvitationsAndRankedConnections() throws Exception {
        imported(lena);

        api.get(lena.token(), "/imports/linkedin")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.importedAt").value("2026-03-02T09:00:00Z"))
                .andExpect(jsonPath("$.owner").value("Lena Hartmann"))
                .andExpect(jsonPath("$.connections").value(4))
                .andExpect(jsonPath("$.pendingInvitations.length()").value(3))
                .andExpect(jsonPath("$.pendingInvitations[0].name").value("Rick Sellers"))
                .andExpect(jsonPath("$.pendingInvitations[0].category").value("sales_pitch"))
                .andExpect(jsonPath("$.pendingInvitations[0].action").isNotEmpty())
                .andExpect(jsonPath("$.pruning[0].name").value("Tobias Brandt"))
                .andExpect(jsonPath("$.pruning[0].reasons[0]").value("unanswered_question"))
                .andExpect(jsonPath("$.pruning[1].because[0]").value("no message ever exchanged"));
    }

    @Test
    void answersNotFoundToAMemberWhoNeverImportedAndUnauthorizedWithoutAToken() throws Exception {
        imported(lena);

        api.get(jonas.token(), "/imports/linkedin").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imports/linkedin")).andExpect(status().isUnauthorized());
    }

    @Test
    void showsTheImportOnThePageUnderContactsInTheMembersLanguage() throws Exception {
        imported(lena);

        mvc.perform(get("/contacts/imports").session(signIn(lena)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Offene Einladungen")))
                .andExpect(content().string(Matchers.containsString("Rick Sellers")))
                .andExpect(content().string(Matchers.containsString("hat Ihre Frage nie beantwortet")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        mvc.perform(get("/contacts/imports").session(signIn(jonas)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("You have not imported a LinkedIn export yet")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Rick Sellers"))));
        mvc.perform(get("/contacts").session(signIn(jonas)))
                .andExpect(content().string(Matchers.containsString("href=\"/contacts/imports\"")));
    }

    private MockHttpSession signIn(Registered member) throws Exception {
        var result = mvc.perform(post("/login")
                        .param("handle", member.handle())
                        .param("password", TestMembers.PASSWORD)
                        .with(csrf()))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }
}
