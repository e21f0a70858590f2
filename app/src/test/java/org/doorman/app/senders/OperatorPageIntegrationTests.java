package org.doorman.app.senders;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.doorman.app.members.MemberCredentials;
import org.doorman.app.relationsdb.Api;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
abstract class OperatorPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    MemberCredentials credentials;

    MockHttpSession signIn(String handle) throws Exception {
        return TestMembers.signIn(mvc, handle);
    }

    MockHttpSession signInAsOperator() throws Exception {
        return signIn(members.operator(credentials));
    }

    @Test
    void theOperatorSeesLimitedSendersWithTheReasonAndSuspendsOneFromThePage() throws Exception {
        var max = members.create("Max Sammler", "de");
        new Api(mvc).post(Api.OPERATOR, "/operator/senders/" + max.id() + "/limit", "{\"reason\": \"many copies\"}");
        var session = signInAsOperator();

        mvc.perform(get("/operator/collectors").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Max Sammler")))
                .andExpect(content().string(containsString("many copies")))
                .andExpect(content().string(containsString("Suspend")));
        mvc.perform(post("/operator/senders/" + max.id() + "/suspend")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/operator/collectors"));

        new Api(mvc)
                .get(Api.OPERATOR, "/senders/" + max.id() + "/record")
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.standing")
                        .value("suspended"));
    }

    @Test
    void aMemberWhoIsNotTheOperatorMayNotOpenThePage() throws Exception {
        var dana = members.create("Dana Berg", "de");

        mvc.perform(get("/operator/collectors").session(signIn(dana.handle()))).andExpect(status().isForbidden());
    }
}
