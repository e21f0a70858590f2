package org.doorman.app.senders;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
abstract class CollectorsIntegrationTests {

    static final String BODY = "ich baue gerade mein Netzwerk im Vertrieb von Softwarelösungen für den Mittelstand aus"
            + " und würde mich sehr freuen, wenn wir uns vernetzen. Vernetzung bringt Vorteile für beide Seiten,"
            + " und vielleicht ergeben sich ja gemeinsame Projekte. Viele Grüße, Max";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    Api api;
    Registered collector;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        collector = members.create("Max Sammler", "de");
    }

    String send(Registered from, Registered to, String text) throws Exception {
        var body = api.post(
                        from.token(),
                        "/requests",
                        "{\"recipient\": \"%s\", \"message\": \"%s\"}".formatted(to.id(), text))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void aSenderOfOneTextToManyRecipientsIsListedWithTheEvidenceAndFlaggedInTheNextScreening() throws Exception {
        for (int i = 0; i < 20; i++) {
            String name = "Empfänger Nummer" + (char) ('A' + i);
            var recipient = members.create(name, "de");
            String salutation = i % 2 == 0 ? "Hallo Frau " : "Hallo Herr ";
            String text = salutation + name + ", " + (i % 3 == 0 ? BODY.replace("sehr freuen", "riesig freuen") : BODY);
            send(collector, recipient, text);
        }

        api.get(Api.OPERATOR, "/operator/collectors")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + collector.id() + "')].likelyCollector")
                        .value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.id == '" + collector.id() + "')].evidence[*].rule")
                        .value(hasItem("near_identical_texts")));

        var dana = members.create("Dana Berg", "de");
        String request = send(collector, dana, "Hallo Frau Berg, " + BODY);
        api.get(dana.token(), "/requests/" + request)
                .andExpect(jsonPath("$.signals[?(@.name == 'likely_collector')].evidence")
                        .value(hasItem(containsString("near-identical texts"))));
    }

    @Test
    void aSenderWithAFewPersonalRequestsIsNotListed() throws Exception {
        var dana = members.create("Dana Berg", "de");
        send(collector, dana, "Hallo Dana, wir haben uns gestern beim Segeln in Kiel kennengelernt.");

        api.get(Api.OPERATOR, "/operator/collectors")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + collector.id() + "')]").isEmpty());
    }

    @Test
    void aSuspendedSenderIsPolitelyRefusedAndListedUntilReinstated() throws Exception {
        var dana = members.create("Dana Berg", "de");

        api.post(Api.OPERATOR, "/operator/senders/" + collector.id() + "/suspend", "{\"reason\": \"spam wave\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standing").value("suspended"))
                .andExpect(jsonPath("$.standingReason").value("spam wave"));
        api.get(Api.OPERATOR, "/operator/collectors")
                .andExpect(jsonPath("$[?(@.id == '" + collector.id() + "')].standing")
                        .value(hasItem("suspended")));
        api.post(collector.token(), "/requests", "{\"recipient\": \"" + dana.id() + "\", \"message\": \"Hallo\"}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("please contact the network's operator")));

        api.post(Api.OPERATOR, "/operator/senders/" + collector.id() + "/reinstate", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standing").value("good"));
        send(collector, dana, "Hallo Dana, wir kennen uns vom Segeln.");
    }

    @Test
    void aWarningIsRecordedAndShownToTheOperator() throws Exception {
        api.post(Api.OPERATOR, "/operator/senders/" + collector.id() + "/warn", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standing").value("warned"))
                .andExpect(jsonPath("$.standingBy").value("operator"));
    }

    @Test
    void aWarningReachesTheSenderWithTheirNextRequestAndOnTheComposePageUntilReinstated() throws Exception {
        var dana = members.create("Dana Berg", "de");
        var eva = members.create("Eva Schulz", "de");
        api.post(collector.token(), "/requests", request(dana, "Hallo Dana, wir kennen uns vom Segeln."))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.notice").doesNotExist());

        api.post(Api.OPERATOR, "/operator/senders/" + collector.id() + "/warn", null)
                .andExpect(status().isOk());

        api.post(collector.token(), "/requests", request(eva, "Hallo Eva, " + BODY))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.notice").value(containsString("A note from the network's operator")));
        mvc.perform(get("/compose").session(signIn(collector)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ein Hinweis vom Betreiber des Netzwerks")));

        api.post(Api.OPERATOR, "/operator/senders/" + collector.id() + "/reinstate", null)
                .andExpect(status().isOk());
        mvc.perform(get("/compose").session(signIn(collector)))
                .andExpect(content().string(not(containsString("Ein Hinweis vom Betreiber des Netzwerks"))));
    }

    static String request(Registered to, String text) {
        return "{\"recipient\": \"%s\", \"message\": \"%s\"}".formatted(to.id(), text);
    }

    MockHttpSession signIn(Registered member) throws Exception {
        var result = mvc.perform(post("/login")
                        .param("handle", member.handle())
                        .param("password", TestMembers.PASSWORD)
                        .with(csrf()))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }

    @Test
    void onlyTheOperatorActsAndUnknownActionsOrMembersAreRefused() throws Exception {
        var member = members.create("Dana Berg", "de");

        api.get(member.token(), "/operator/collectors").andExpect(status().isForbidden());
        api.post(member.token(), "/operator/senders/" + collector.id() + "/suspend", null)
                .andExpect(status().isForbidden());
        api.get(null, "/operator/collectors").andExpect(status().isUnauthorized());
        api.post(Api.OPERATOR, "/operator/senders/" + collector.id() + "/ban", null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("warn, limit, suspend or reinstate")));
        api.post(Api.OPERATOR, "/operator/senders/m_nobody/limit", null).andExpect(status().isNotFound());
        api.post(
                        Api.OPERATOR,
                        "/operator/senders/" + collector.id() + "/limit",
                        "{\"reason\": \"" + "x".repeat(501) + "\"}")
                .andExpect(status().isBadRequest());
        api.get(Api.OPERATOR, "/senders/" + collector.id() + "/record")
                .andExpect(jsonPath("$.standing").value("good"));
    }
}
