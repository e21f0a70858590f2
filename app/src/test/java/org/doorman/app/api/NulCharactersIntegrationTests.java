package org.doorman.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.Map;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.Registered;
import org.doorman.app.relationsdb.Api;
import org.doorman.app.strategy.MemberStrategies;
import org.doorman.app.strategy.MessageTemplates;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.doorman.core.lifecycle.Purpose;
import org.doorman.core.screening.Language;
import org.doorman.core.strategy.Strategy;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A NUL character is refused in one place, wherever it stands: a JSON text, a query, a path or a form field. */
@IntegrationTest
abstract class NulCharactersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    MemberStrategies strategies;

    @Autowired
    MessageTemplates templates;

    Api api;
    Registered dana;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        dana = new TestMembers(registration).create("Dana Berg", "de");
    }

    @Test
    void aNulInAnyTextOfAJsonBodyIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        refused(api.put(dana.token(), "/templates", """
                        {"templates": [{"purpose": "clarify_empty", "language": "de", "body": "Moin\\u0000"}]}"""))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("body' contains a NUL character")));
        refused(api.put(dana.token(), "/strategy", "{\"preset\": \"meet-twice\\u0000\"}"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("'preset' contains a NUL character")));
        refused(api.put(dana.token(), "/strategy", """
                        {"rules": [{"id": "a\\u0000", "when": {}, "action": "accept"}]}"""))
                .andExpect(
                        jsonPath("$.detail").value(Matchers.containsString("'rules[0].id' contains a NUL character")));

        assertThat(templates.render(dana.memberId(), Purpose.CLARIFY_EMPTY, Language.DE, Map.of()))
                .doesNotContain("Moin");
        assertThat(strategies.strategyOf(dana.memberId())).isEqualTo(Strategy.preset("default"));
    }

    @Test
    void aNulInAQueryParameterOrThePathIsRefusedBeforeAnyControllerLooksAtIt() throws Exception {
        refused(mvc.perform(get("/api/v1/requests")
                        .param("state", "pending\0")
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(dana.token()))))
                .andExpect(jsonPath("$.detail").value("The parameter 'state' contains a NUL character (\\u0000)."));
        refused(mvc.perform(get(URI.create("/api/v1/events/ev_%00"))
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(dana.token()))))
                .andExpect(jsonPath("$.detail").value("The path contains a NUL character (\\u0000)."));
    }

    @Test
    void aNulInAFieldOfAWebFormIsRefusedAndTheMembersStrategyStays() throws Exception {
        var session = signIn(dana.handle());

        mvc.perform(post("/strategy")
                        .session(session)
                        .param("preset", "meet-twice\0")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(status().reason("The parameter 'preset' contains a NUL character (\\u0000)."));

        assertThat(strategies.strategyOf(dana.memberId())).isEqualTo(Strategy.preset("default"));
    }

    private ResultActions refused(ResultActions result) throws Exception {
        return result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Bad Request"));
    }

    MockHttpSession signIn(String handle) throws Exception {
        return TestMembers.signIn(mvc, handle);
    }
}
