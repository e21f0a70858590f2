package org.doorman.app.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.Registered;
import org.doorman.app.relationsdb.Api;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.doorman.core.lifecycle.Purpose;
import org.doorman.core.screening.Language;
import org.doorman.core.strategy.Strategy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
abstract class StrategyIntegrationTests {

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
    Registered sam;

    @BeforeEach
    void members() {
        api = new Api(mvc);
        var members = new TestMembers(registration);
        dana = members.create("Dana Berg", "de");
        sam = members.create("Sam Green", "en");
    }

    @Test
    void aMemberWhoSetNothingHasTheDefaultStrategyInPlainWords() throws Exception {
        api.get(dana.token(), "/strategy")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preset").value("default"))
                .andExpect(jsonPath("$.language").value("de"))
                .andExpect(jsonPath("$.description")
                        .value(Strategy.preset("default").describe(Language.DE)))
                .andExpect(jsonPath("$.descriptions.en")
                        .value(Strategy.preset("default").describe(Language.EN)));
    }

    @Test
    void meetTwiceIsSetAndToldInTheMembersLanguage() throws Exception {
        api.put(sam.token(), "/strategy", "{\"preset\": \"meet-twice\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preset").value("meet-twice"))
                .andExpect(jsonPath("$.description")
                        .value(Strategy.preset("meet-twice").describe(Language.EN)));
        api.put(dana.token(), "/strategy", "{\"preset\": \"meet-twice\"}").andExpect(status().isOk());

        api.get(sam.token(), "/strategy").andExpect(jsonPath("$.preset").value("meet-twice"));
        assertThat(strategies.strategyOf(sam.memberId())).isEqualTo(Strategy.preset("meet-twice"));
        String english = Strategy.preset("meet-twice").describe(Language.EN);
        String german = Strategy.preset("meet-twice").describe(Language.DE);
        assertThat(english).containsAnyOf("twice", "two", "2");
        assertThat(german.toLowerCase()).containsAnyOf("zweimal", "zwei", "2");
        api.get(dana.token(), "/strategy").andExpect(jsonPath("$.description").value(german));
    }

    @Test
    void ownRulesAreKeptAndDescribed() throws Exception {
        api.put(dana.token(), "/strategy", """
                        {"rules": [
                          {"id": "known", "when": {"categories": ["known"]}, "action": "accept"},
                          {"id": "rest", "when": {}, "action": "invite_to_event", "meetings": 3}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preset").value(nullValue()))
                .andExpect(jsonPath("$.rules.length()").value(2))
                .andExpect(jsonPath("$.rules[1].meetings").value(3))
                .andExpect(jsonPath("$.description").isNotEmpty());

        assertThat(strategies.strategyOf(dana.memberId()).rules()).hasSize(2);
        assertThat(templates.render(dana.memberId(), Purpose.INVITE_TO_EVENT, Language.DE, Map.of()))
                .contains("mindestens dreimal");
    }

    @Test
    void anUnknownPresetOrBadRulesAreRefusedWithTheReasonAndChangeNothing() throws Exception {
        api.put(dana.token(), "/strategy", "{\"preset\": \"meet-twice\"}").andExpect(status().isOk());

        problem(api.put(dana.token(), "/strategy", "{\"preset\": \"accept-everyone\"}"))
                .andExpect(jsonPath("$.detail").value(containsString("meet-twice")));
        problem(api.put(dana.token(), "/strategy", "{\"rules\": [{\"id\": \"x\", \"when\": {}, \"action\": \"hug\"}]}"))
                .andExpect(jsonPath("$.detail").value(containsString("hug")));
        problem(api.put(dana.token(), "/strategy", "{\"rules\": [{\"when\": {\"categories\": [\"friends\"]}}]}"));
        problem(api.put(dana.token(), "/strategy", "{\"preset\": \"default\", \"rules\": []}"));
        problem(api.put(dana.token(), "/strategy", "[1, 2]"));
        problem(api.put(dana.token(), "/strategy", "{}"));
        problem(api.put(dana.token(), "/strategy", "{\"preset\": \"default\\u0000\"}"));
        problem(api.put(
                dana.token(),
                "/strategy",
                "{\"rules\": [{\"id\": \"a\\u0000\", \"when\": {}, \"action\": \"accept\"}]}"));
        problem(api.put(dana.token(), "/strategy", "{\"preset\": 7}"));
        api.put(dana.token(), "/strategy", "{\"preset\": ").andExpect(status().isBadRequest());

        api.get(dana.token(), "/strategy").andExpect(jsonPath("$.preset").value("meet-twice"));
    }

    @Test
    void theStrategyNeedsAToken() throws Exception {
        api.get(null, "/strategy").andExpect(status().isUnauthorized());
        api.put(null, "/strategy", "{\"preset\": \"open-door\"}").andExpect(status().isUnauthorized());
    }

    @Test
    void listsEveryPurposeInGermanAndEnglishWithThePlaceholders() throws Exception {
        api.get(dana.token(), "/templates")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.templates.length()").value(10))
                .andExpect(jsonPath("$.placeholders").isArray())
                .andExpect(jsonPath("$.templates[?(@.purpose == 'clarify_vague_pitch' && @.language == 'en')].body")
                        .value(org.hamcrest.Matchers.hasItem(containsString("what exactly are the benefits"))))
                .andExpect(jsonPath("$.templates[0].own").value(false));
    }

    @Test
    void theMembersOwnWordingIsUsedUntilReset() throws Exception {
        api.put(dana.token(), "/templates", """
                        {"templates": [{"purpose": "clarify_empty", "language": "de",
                                        "body": "Moin {requester}, worum geht es Ihnen? Gruß, {member}"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.templates[?(@.purpose == 'clarify_empty' && @.language == 'de')].own")
                        .value(org.hamcrest.Matchers.hasItem(true)));

        assertThat(templates.render(
                        dana.memberId(), Purpose.CLARIFY_EMPTY, Language.DE, Map.of("requester", "Tim Kaiser")))
                .isEqualTo("Moin Tim Kaiser, worum geht es Ihnen? Gruß, Dana Berg");
        assertThat(templates.render(sam.memberId(), Purpose.CLARIFY_EMPTY, Language.DE, Map.of()))
                .as("another member keeps the default")
                .contains("Was ist der Anlass");

        api.put(
                        dana.token(),
                        "/templates",
                        "{\"templates\": [{\"purpose\": \"clarify_empty\", \"language\": \"de\", \"body\": \"\"}]}")
                .andExpect(status().isOk());
        assertThat(templates.render(dana.memberId(), Purpose.CLARIFY_EMPTY, Language.DE, Map.of()))
                .contains("Was ist der Anlass");
    }

    @Test
    void badTemplatesAreRefusedWithTheReason() throws Exception {
        problem(api.put(
                dana.token(),
                "/templates",
                "{\"templates\": [{\"purpose\": \"greeting\", \"language\": \"de\", \"body\": \"Hi\"}]}"));
        problem(api.put(
                dana.token(),
                "/templates",
                "{\"templates\": [{\"purpose\": \"clarify_empty\", \"language\": \"fr\", \"body\": \"Salut\"}]}"));
        problem(
                        api.put(
                                dana.token(),
                                "/templates",
                                "{\"templates\": [{\"purpose\": \"clarify_empty\", \"language\": \"de\", \"body\": \"Hallo {vorname}\"}]}"))
                .andExpect(jsonPath("$.detail").value(containsString("{vorname}")));
        problem(api.put(
                dana.token(),
                "/templates",
                "{\"templates\": [{\"purpose\": \"clarify_empty\", \"language\": \"de\", \"body\": \""
                        + "x".repeat(2001) + "\"}]}"));
        problem(api.put(dana.token(), "/templates", "{}"));
        problem(
                api.put(
                        dana.token(),
                        "/templates",
                        "{\"templates\": [{\"purpose\": \"clarify_empty\", \"language\": \"de\", \"body\": \"Hallo\\u0000\"}]}"));

        assertThat(templates.render(dana.memberId(), Purpose.CLARIFY_EMPTY, Language.DE, Map.of()))
                .contains("Was ist der Anlass");
    }

    private static ResultActions problem(ResultActions result) throws Exception {
        return result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
