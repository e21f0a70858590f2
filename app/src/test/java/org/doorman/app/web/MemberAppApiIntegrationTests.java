package org.doorman.app.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.doorman.app.contacts.Contacts;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Profile;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The API calls the member web app brought: GET/PUT /me, contactPolicy, /contacts/dormant, /strategy/try, /requests/coach. */
@IntegrationTest
abstract class MemberAppApiIntegrationTests {

    static final String VAGUE = "Hallo Dana, ich sehe großes Potenzial für eine Win-Win-Situation zwischen uns. Lass"
            + " uns connecten und Synergien nutzen!";
    static final String CONCRETE = "Guten Tag Frau Berg, in Ihrem Profil steht, dass Sie Steuerberatung für"
            + " Freiberufler anbieten. Ich mache mich im Januar als Fotograf selbständig und brauche Hilfe bei der"
            + " Buchhaltung und der ersten Steuererklärung. Könnten wir nächste Woche telefonieren?";

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Contacts contacts;

    @Autowired
    JdbcClient jdbc;

    Registered dana;
    Registered jonas;

    @BeforeEach
    void members() {
        dana = new TestMembers(registration)
                .create(new NewMember(
                        TestMembers.uniqueHandle("Dana Berg"),
                        new Profile(
                                "Dana Berg",
                                "de",
                                "Steuerberaterin für Freiberufler",
                                "Ich berate Freiberufler in Hamburg.",
                                List.of("Steuerberatung für Freiberufler", "Buchhaltung"),
                                List.of("Mandanten"),
                                List.of("Segeln"),
                                List.of(),
                                null,
                                null),
                        TestMembers.PASSWORD));
        jonas = new TestMembers(registration).create("Jonas Weber", "en");
    }

    @Test
    void aMemberReadsTheirOwnProfileWithTheirEmailAddress() throws Exception {
        call(get("/api/v1/me"), dana)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(dana.id()))
                .andExpect(jsonPath("$.name").value("Dana Berg"))
                .andExpect(jsonPath("$.offers[0]").value("Steuerberatung für Freiberufler"));
    }

    @Test
    void aMemberChangesTheirProfileAndGroupsAndTheNextReadShowsIt() throws Exception {
        call(put("/api/v1/me"), dana, """
                        {"name": "Dana Berg-Hansen", "language": "en", "headline": "Tax adviser",
                         "about": "I advise freelancers.", "offers": ["Tax returns"], "groups": ["Hamburg Freelancers"]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Dana Berg-Hansen"))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.groups[0]").value("Hamburg Freelancers"));
        call(get("/api/v1/me"), dana)
                .andExpect(jsonPath("$.offers", Matchers.contains("Tax returns")))
                .andExpect(jsonPath("$.handle").value(dana.handle()));
    }

    @Test
    void aProfileWithoutANameOrWithAnUnknownLanguageIsRefusedAndChangesNothing() throws Exception {
        call(put("/api/v1/me"), dana, "{\"name\": \"\", \"language\": \"de\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("name")));
        call(put("/api/v1/me"), dana, "{\"name\": \"Dana\", \"language\": \"fr\"}")
                .andExpect(status().isBadRequest());
        call(get("/api/v1/me"), dana).andExpect(jsonPath("$.name").value("Dana Berg"));
    }

    @Test
    void theDigestSettingsAreReadAndChangedWithTheProfile() throws Exception {
        call(get("/api/v1/me"), dana).andExpect(jsonPath("$.digest.frequency").exists());
        call(put("/api/v1/me"), dana, """
                        {"name": "Dana Berg", "language": "de", "offers": ["Steuerberatung für Freiberufler"],
                         "digest": {"frequency": "weekly", "time": "07:30", "timeZone": "Europe/Vienna", "day": "monday"}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.digest.frequency").value("weekly"))
                .andExpect(jsonPath("$.digest.time").value("07:30"));
        call(get("/api/v1/me/digest"), dana).andExpect(jsonPath("$.timeZone").value("Europe/Vienna"));
    }

    @Test
    void aBadDigestSettingIsRefusedAndTheProfileStaysAsItWas() throws Exception {
        call(put("/api/v1/me"), dana, """
                        {"name": "Dana Renamed", "language": "de", "digest": {"frequency": "hourly"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("digest")));
        call(get("/api/v1/me"), dana)
                .andExpect(jsonPath("$.name").value("Dana Berg"))
                .andExpect(jsonPath("$.digest.frequency").value(Matchers.not("hourly")));
    }

    @Test
    void withoutATokenThereIsNoProfile() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void aRequesterReadsTheMembersContactPolicyInPlainWordsInTheirOwnLanguage() throws Exception {
        call(get("/api/v1/members/" + dana.id()), jonas)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contactPolicy").value(Matchers.startsWith("How I handle contact requests")));
        call(get("/api/v1/members/" + jonas.id()), dana)
                .andExpect(jsonPath("$.contactPolicy").value(Matchers.containsString("Kontaktanfragen")));
    }

    @Test
    void theMemberSeesWhatTheirStrategyWouldDoWithTheEvidenceAndNothingIsStored() throws Exception {
        long before = requests();
        call(post("/api/v1/strategy/try"), dana, "{\"message\": \"" + VAGUE + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.action").value("ask"))
                .andExpect(jsonPath("$.category").value("vague_pitch"))
                .andExpect(jsonPath("$.ruleId").value("ask"))
                .andExpect(jsonPath("$.outcome").value(Matchers.containsString("Nutzen")))
                .andExpect(jsonPath("$.signals[?(@.name == 'vague_benefit')].evidence")
                        .value(Matchers.hasItem(Matchers.containsStringIgnoringCase("synergien"))));
        org.assertj.core.api.Assertions.assertThat(requests()).isEqualTo(before);
    }

    @Test
    void aConcreteNeedWouldBeAcceptedWithAFollowUp() throws Exception {
        call(
                        post("/api/v1/strategy/try"),
                        dana,
                        "{\"message\": \"" + CONCRETE + "\", \"sender\": \"" + jonas.id() + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.action").value("accept_and_follow_up"));
    }

    @Test
    void anUnknownSenderIsRefused() throws Exception {
        call(post("/api/v1/strategy/try"), dana, "{\"message\": \"Hallo\", \"sender\": \"m_nobody\"}")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aVagueDraftGetsAdviceAndTheLikelyOutcomeInWordsButNoScore() throws Exception {
        long before = requests();
        call(
                        post("/api/v1/requests/coach"),
                        jonas,
                        "{\"recipient\": \"" + dana.id() + "\", \"message\": \"" + VAGUE + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.salutation").value(true))
                .andExpect(jsonPath("$.referencesOffer").value(false))
                .andExpect(jsonPath("$.vaguePhrases").isNotEmpty())
                .andExpect(jsonPath("$.likely").value(Matchers.containsString("benefit")))
                .andExpect(jsonPath("$.advice").isNotEmpty())
                .andExpect(jsonPath("$.confidence").doesNotExist())
                .andExpect(jsonPath("$.score").doesNotExist());
        org.assertj.core.api.Assertions.assertThat(requests()).isEqualTo(before);
    }

    @Test
    void aConcreteDraftThatNamesTheOfferIsLikelyAccepted() throws Exception {
        call(
                        post("/api/v1/requests/coach"),
                        jonas,
                        "{\"recipient\": \"" + dana.id() + "\", \"message\": \"" + CONCRETE + "\"}")
                .andExpect(jsonPath("$.referencesOffer").value(true))
                .andExpect(jsonPath("$.concretePurpose").value(true))
                .andExpect(jsonPath("$.likely").value(Matchers.containsString("accept")));
    }

    @Test
    void aDraftWithoutRecipientOrToAnUnknownMemberIsRefused() throws Exception {
        call(post("/api/v1/requests/coach"), jonas, "{\"message\": \"Hi\"}").andExpect(status().isBadRequest());
        call(post("/api/v1/requests/coach"), jonas, "{\"recipient\": \"m_nobody\", \"message\": \"Hi\"}")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void contactsWithoutMessagesOrMeetingsAreRankedWithTheirReasons() throws Exception {
        contacts.confirm(dana.memberId(), jonas.memberId(), null, Instant.now().minusSeconds(86400 * 100));

        call(get("/api/v1/contacts/dormant"), dana)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(jonas.id()))
                .andExpect(jsonPath("$[0].reasons", Matchers.contains("no_messages", "no_meeting")));
    }

    @Test
    void aContactAskedAboutTheirMotiveAnswersAndLeavesTheDormantList() throws Exception {
        contacts.confirm(dana.memberId(), jonas.memberId(), null, Instant.now().minusSeconds(86400 * 100));

        String question = call(post("/api/v1/contacts/" + jonas.id() + "/motive-question"), dana)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.body").value(Matchers.containsString("Dana Berg")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = question.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        call(post("/api/v1/contacts/questions/" + id + "/answer"), jonas, "{\"answer\": \"We met at a fair.\"}")
                .andExpect(status().isNoContent());

        call(get("/api/v1/contacts/dormant"), dana)
                .andExpect(jsonPath("$[?(@.id == '" + jonas.id() + "')]").isEmpty());
    }

    @Test
    void silenceAfterTheMotiveQuestionPutsTheContactFirstButRemovesNobody() throws Exception {
        var other = new TestMembers(registration).create("Olivia Chen", "en");
        contacts.confirm(dana.memberId(), other.memberId(), null, Instant.now().minusSeconds(86400 * 300));
        contacts.confirm(dana.memberId(), jonas.memberId(), null, Instant.now().minusSeconds(86400 * 100));
        call(post("/api/v1/contacts/" + jonas.id() + "/motive-question"), dana).andExpect(status().isCreated());
        jdbc.sql("UPDATE motive_questions SET deadline_at = ? WHERE contact_id = ?")
                .params(Instant.now().minusSeconds(60).toEpochMilli(), jonas.id())
                .update();

        call(get("/api/v1/contacts/dormant"), dana)
                .andExpect(jsonPath("$[0].id").value(jonas.id()))
                .andExpect(jsonPath("$[0].reasons[0]").value("motive_unanswered"));
        org.assertj.core.api.Assertions.assertThat(contacts.connected(dana.memberId(), jonas.memberId()))
                .isTrue();
    }

    @Test
    void aMotiveQuestionToSomeoneWhoIsNoContactIs404() throws Exception {
        call(post("/api/v1/contacts/" + jonas.id() + "/motive-question"), dana).andExpect(status().isNotFound());
    }

    private long requests() {
        return jdbc.sql("SELECT COUNT(*) FROM contact_requests")
                .query(Long.class)
                .single();
    }

    private ResultActions call(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Registered who)
            throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(who.token())));
    }

    private ResultActions call(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            Registered who,
            String json)
            throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(who.token()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}
