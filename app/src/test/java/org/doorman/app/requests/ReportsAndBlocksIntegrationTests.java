package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.doorman.app.members.Registered;
import org.doorman.app.relationsdb.Api;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
abstract class ReportsAndBlocksIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    Api api;
    Registered max;
    Registered dana;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        max = members.create("Max Sammler", "de");
        dana = members.create("Dana Berg", "de");
    }

    ResultActions sendTo(Registered from, Registered to) throws Exception {
        return api.post(from.token(), "/requests", """
                {"recipient": "%s", "message": "Hallo, lass uns connecten!"}""".formatted(to.id()));
    }

    String sent(Registered from, Registered to) throws Exception {
        String body = sendTo(from, to)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    @Test
    void aReportDeclinesTheRequestSilently() throws Exception {
        String request = sent(max, dana);

        api.post(dana.token(), "/requests/" + request + "/report", "{\"reason\": \"unknown_person\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("declined"));

        api.get(max.token(), "/requests/" + request)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("pending"));
    }

    @Test
    void theInboxOffersBothReportsAndReportingThereDeclinesSilently() throws Exception {
        String request = sent(max, dana);
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(post("/login")
                        .param("handle", dana.handle())
                        .param("password", TestMembers.PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession();

        mvc.perform(get("/inbox").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/inbox/" + request + "/report")))
                .andExpect(content().string(containsString("value=\"unknown_person\"")))
                .andExpect(content().string(containsString("value=\"spam\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("onclick"))));
        mvc.perform(post("/inbox/" + request + "/report")
                        .session(session)
                        .with(csrf())
                        .param("reason", "spam"))
                .andExpect(status().is3xxRedirection());

        api.get(dana.token(), "/requests/" + request)
                .andExpect(jsonPath("$.state").value("declined"));
        api.get(max.token(), "/requests/" + request)
                .andExpect(jsonPath("$.state").value("pending"));
    }

    @Test
    void onlyTheRecipientReportsAndOnlyForAKnownReason() throws Exception {
        String request = sent(max, dana);

        api.post(max.token(), "/requests/" + request + "/report", "{\"reason\": \"spam\"}")
                .andExpect(status().isForbidden());
        api.post(dana.token(), "/requests/" + request + "/report", "{\"reason\": \"boring\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("reason must say \"unknown_person\" or \"spam\"."));
        api.post(dana.token(), "/requests/" + request + "/report", "{}").andExpect(status().isBadRequest());

        api.get(dana.token(), "/requests/" + request)
                .andExpect(jsonPath("$.state").value(org.hamcrest.Matchers.not("declined")));
    }

    @Test
    void reportsFromThreeRecipientsLimitTheSenderAndTheOperatorSeesIt() throws Exception {
        for (int i = 0; i < 3; i++) {
            var recipient = members.create("Empfänger Nummer" + (char) ('A' + i), "de");
            String request = sent(max, recipient);
            api.post(recipient.token(), "/requests/" + request + "/report", "{\"reason\": \"spam\"}")
                    .andExpect(status().isOk());
        }

        api.get(Api.OPERATOR, "/operator/collectors")
                .andExpect(jsonPath("$[?(@.id == '" + max.id() + "')].standing").value(hasItem("limited")))
                .andExpect(
                        jsonPath("$[?(@.id == '" + max.id() + "')].standingBy").value(hasItem("reports")))
                .andExpect(jsonPath("$[?(@.id == '" + max.id() + "')].reportingRecipients")
                        .value(hasItem(3)));
    }

    @Test
    void aBlockedMembersRequestIsRefusedExactlyLikeAPendingDuplicate() throws Exception {
        var eva = members.create("Eva Schulz", "de");
        sent(max, eva);
        String duplicate = body(sendTo(max, eva).andExpect(status().isConflict()));

        api.post(dana.token(), "/blocks", "{\"memberId\": \"" + max.id() + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.memberId").value(max.id()));
        String blocked = body(sendTo(max, dana).andExpect(status().isConflict()));

        assertThat(blocked).isEqualTo(duplicate);
    }

    @Test
    void theBlockersProfileIsNotFoundForTheBlockedMemberAsIfTheyDidNotExist() throws Exception {
        api.get(max.token(), "/members/" + dana.id()).andExpect(status().isOk());
        api.post(dana.token(), "/blocks", "{\"memberId\": \"" + max.id() + "\"}")
                .andExpect(status().isCreated());

        String blocked = body(api.get(max.token(), "/members/" + dana.id()).andExpect(status().isNotFound()));
        String unknown = body(api.get(max.token(), "/members/m_nobody").andExpect(status().isNotFound()));

        assertThat(blocked.replace(dana.id(), "ID")).isEqualTo(unknown.replace("m_nobody", "ID"));
        api.get(members.create("Eva Schulz", "de").token(), "/members/" + dana.id())
                .andExpect(status().isOk());
    }

    @Test
    void blocksAreListedAndLifted() throws Exception {
        api.post(dana.token(), "/blocks", "{\"memberId\": \"" + max.id() + "\"}")
                .andExpect(status().isCreated());
        api.get(dana.token(), "/blocks")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].memberId").value(max.id()))
                .andExpect(jsonPath("$[0].name").value("Max Sammler"));
        api.get(max.token(), "/blocks").andExpect(jsonPath("$").isEmpty());

        api.delete(dana.token(), "/blocks/" + max.id()).andExpect(status().isNoContent());
        api.delete(dana.token(), "/blocks/" + max.id()).andExpect(status().isNotFound());
        api.get(max.token(), "/members/" + dana.id()).andExpect(status().isOk());
        sent(max, dana);
    }

    @Test
    void blockingOneselfAnUnknownMemberOrNobodyIsRefused() throws Exception {
        api.post(dana.token(), "/blocks", "{\"memberId\": \"" + dana.id() + "\"}")
                .andExpect(status().isUnprocessableContent());
        api.post(dana.token(), "/blocks", "{\"memberId\": \"m_nobody\"}").andExpect(status().isNotFound());
        api.post(dana.token(), "/blocks", "{}").andExpect(status().isBadRequest());
        api.get(dana.token(), "/blocks").andExpect(jsonPath("$").isEmpty());
    }
}
