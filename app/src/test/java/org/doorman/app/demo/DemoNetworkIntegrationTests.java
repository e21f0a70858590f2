package org.doorman.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.doorman.app.meetings.Meetings;
import org.doorman.app.members.MemberCredentials;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.ProfileVisits;
import org.doorman.app.requests.RequestDesk;
import org.doorman.app.strategy.MemberStrategies;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.core.lifecycle.MemberId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The app as README command one starts it: {@code serve --demo} without an admin token (one context, shared). */
@IntegrationTest
@TestPropertySource(properties = {"doorman.admin-token=", "doorman.demo=true"})
abstract class DemoNetworkIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberCredentials credentials;

    @Autowired
    MemberRegistration registration;

    @Autowired
    DemoHistory history;

    @Autowired
    DemoStories stories;

    @Autowired
    RequestDesk requests;

    @Autowired
    ProfileVisits visits;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Autowired
    Meetings meetings;

    @Autowired
    MemberStrategies strategies;

    @Test
    void theDemoMembersSpeakGermanAndEnglishAndSignInWithThePrintedLogin() {
        assertThat(credentials.byPassword(DemoPeople.GERMAN_LOGIN, DemoPeople.PASSWORD))
                .hasValueSatisfying(eva -> assertThat(eva.language()).isEqualTo("de"));
        assertThat(credentials.byPassword(DemoPeople.ENGLISH_LOGIN, DemoPeople.PASSWORD))
                .hasValueSatisfying(tom -> assertThat(tom.language()).isEqualTo("en"));
        assertThat(count("SELECT COUNT(*) FROM members WHERE language = 'de' AND headline IS NOT NULL"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM members WHERE language = 'en' AND headline IS NOT NULL"))
                .isGreaterThanOrEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM member_groups")).isEqualTo(DemoPeople.GROUPS.size());
    }

    @Test
    void theDemoNetworkHasOfficialAndOtherEventsMeetingsAndContacts() {
        assertThat(count("SELECT COUNT(*) FROM events WHERE official = TRUE")).isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM events WHERE official = FALSE")).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM event_attendance")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM meetings")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM contacts")).isPositive();
    }

    @Test
    void theDemoRequestsWereScreenedIntoEveryCategoryAndSomeAreDecided() {
        var categories = jdbc.sql("SELECT DISTINCT category FROM contact_requests WHERE category IS NOT NULL")
                .query(String.class)
                .list();
        var states = jdbc.sql("SELECT DISTINCT state FROM contact_requests")
                .query(String.class)
                .list();

        assertThat(count("SELECT COUNT(*) FROM contact_requests"))
                .isGreaterThan(DemoRequests.all().size());
        assertThat(categories)
                .containsExactlyInAnyOrder(
                        "known",
                        "acquaintance_claim",
                        "concrete_need",
                        "common_ground",
                        "vague_pitch",
                        "sales_pitch",
                        "empty");
        assertThat(states)
                .contains("accepted", "declined")
                .anyMatch(state -> !state.equals("accepted") && !state.equals("declined"));
        assertThat(count("SELECT COUNT(*) FROM request_signals")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM profile_visits")).isPositive();
    }

    @Test
    void evasInboxHasARequestInEveryStateADialogTasksAndDormantContacts() {
        String eva = jdbc.sql("SELECT id FROM members WHERE handle = 'eva'")
                .query(String.class)
                .single();
        var states = jdbc.sql("SELECT DISTINCT state FROM contact_requests WHERE recipient_id = ?")
                .param(eva)
                .query(String.class)
                .list();

        assertThat(states)
                .contains("awaiting_reply", "in_dialog", "awaiting_meetings", "review", "accepted", "declined");
        assertThat(count("SELECT COUNT(*) FROM follow_up_tasks WHERE member_id = '" + eva + "'"))
                .isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM motive_questions WHERE member_id = '" + eva + "' AND answer IS NULL"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM contact_requests WHERE recipient_id = '" + eva
                        + "' AND decided_by = 'system:deadline'"))
                .isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT COUNT(DISTINCT sent_at / 604800000) FROM contact_requests WHERE recipient_id = '" + eva
                        + "'"))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void evasRequestsWereSentOnTheirDaysAndDecidedAsTheStoriesTell() {
        assertThat(daysAgo("SELECT sent_at FROM contact_requests WHERE id = ?", request("anna", "eva")))
                .isEqualTo(8);
        assertThat(daysAgo("SELECT sent_at FROM contact_requests WHERE id = ?", request("ben", "eva")))
                .isEqualTo(52);
        assertThat(daysAgo("SELECT sent_at FROM contact_requests WHERE id = ?", request("sophie", "eva")))
                .isEqualTo(60);
        assertThat(state("paul", "eva")).isEqualTo("accepted");
        assertThat(state("sophie", "eva")).isEqualTo("declined");
        assertThat(state("julia", "eva")).isEqualTo("awaiting_meetings");
        assertThat(state("max", "eva")).isEqualTo("awaiting_reply");
        assertThat(state("markus", "eva")).isEqualTo("in_dialog");
    }

    @Test
    void aSilentRequesterWasDeclinedAtTheDeadlineAsTheSchedulerDoesIt() {
        String felix = request("felix", "eva");

        assertThat(jdbc.sql("""
                        SELECT decided_by FROM contact_requests
                        WHERE id = ? AND decided_at = unanswered_at AND deadline_at IS NULL""").param(felix).query(String.class).single()).isEqualTo("system:deadline");
        assertThat(daysAgo("SELECT decided_at FROM contact_requests WHERE id = ?", felix))
                .isEqualTo(20 - 14);
        assertThat(jdbc.sql("""
                        SELECT step FROM audit_trail a JOIN contact_requests r ON r.id = a.request_id
                        WHERE a.request_id = ? AND a.actor = 'system:deadline' AND a.at = r.decided_at""").param(felix).query(String.class).list()).containsExactly("declined silently");
        assertThat(count("SELECT COUNT(*) FROM contact_requests r JOIN members m ON m.id = r.sender_id"
                        + " WHERE m.handle = 'max' AND r.decided_by = 'system:deadline'"))
                .isEqualTo(6);
    }

    @Test
    void bensFollowUpTaskWasDoneFourDaysAfterHisRequest() {
        String ben = request("ben", "eva");

        assertThat(daysAgo("SELECT created_at FROM follow_up_tasks WHERE request_id = ?", ben))
                .isEqualTo(52);
        assertThat(daysAgo("SELECT done_at FROM follow_up_tasks WHERE request_id = ?", ben))
                .isEqualTo(48);
    }

    @Test
    void attendingTheSameOfficialEventCountsAsMeetingInPerson() {
        assertThat(meetings.countRecognizedBy(member("eva"), member("katrin"))).isEqualTo(1);
        assertThat(meetings.countRecognizedBy(member("eva"), member("priya"))).isEqualTo(2);
        assertThat(meetings.countRecognizedBy(member("eva"), member("olivia"))).isEqualTo(1);
        assertThat(strategies.of(member("sabine")).preset()).contains("meet-twice");
    }

    @Test
    void felixIsSilentPastTheMotiveDeadlineAndKatrinAnsweredTwoDaysAfterTheQuestion() {
        String eva = member("eva").value();

        assertThat(daysAgo(
                        "SELECT deadline_at FROM motive_questions WHERE member_id = ? AND answer IS NULL AND contact_id = "
                                + "(SELECT id FROM members WHERE handle = 'felix')",
                        eva))
                .isEqualTo(30 - 14);
        assertThat(daysAgo(
                        "SELECT answered_at FROM motive_questions WHERE member_id = ? AND contact_id = "
                                + "(SELECT id FROM members WHERE handle = 'katrin')",
                        eva))
                .isEqualTo(25 - 2);
    }

    @Test
    void everyPageOfTheWebAppShowsEvasDemoData() throws Exception {
        var signIn = mvc.perform(post("/login")
                        .param("handle", DemoPeople.GERMAN_LOGIN)
                        .param("password", DemoPeople.PASSWORD)
                        .with(csrf()))
                .andReturn();
        var session = (MockHttpSession) signIn.getRequest().getSession();
        String request = jdbc.sql("""
                        SELECT r.id FROM contact_requests r JOIN members m ON m.id = r.recipient_id
                        WHERE m.handle = 'eva' AND r.state = 'in_dialog'""").query(String.class).single();

        for (String page : java.util.List.of(
                "/inbox",
                "/inbox?state=open",
                "/requests/" + request,
                "/tasks",
                "/contacts",
                "/contacts/dormant",
                "/events",
                "/strategy",
                "/strategy/try",
                "/compose",
                "/dashboard",
                "/dashboard/data",
                "/profile")) {
            mvc.perform(get(page).session(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("??"))));
        }
        mvc.perform(get("/contacts/dormant").session(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Felix Braun")));
        mvc.perform(get("/requests/" + request).session(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Im Dialog")));
    }

    @Test
    void startingTheDemoAgainAddsNothingAndPrintsTheAddressAndLogin() {
        long members = count("SELECT COUNT(*) FROM members");
        var printed = new ByteArrayOutputStream();

        new DemoNetwork(registration, history, stories, requests, visits, context, clock)
                .run(new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(count("SELECT COUNT(*) FROM members")).isEqualTo(members);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("no demo network was added")
                .containsPattern("running at http://localhost:\\d+/")
                .contains("handle eva, password doorman-demo");
    }

    /** The request the one sent the other, by handles; each demo sender sent each recipient one. */
    private String request(String from, String to) {
        return jdbc.sql("""
                        SELECT r.id FROM contact_requests r JOIN members s ON s.id = r.sender_id
                        JOIN members t ON t.id = r.recipient_id WHERE s.handle = ? AND t.handle = ?""").params(from, to).query(String.class).single();
    }

    private String state(String from, String to) {
        return jdbc.sql("SELECT state FROM contact_requests WHERE id = ?")
                .param(request(from, to))
                .query(String.class)
                .single();
    }

    private MemberId member(String handle) {
        return new MemberId(jdbc.sql("SELECT id FROM members WHERE handle = ?")
                .param(handle)
                .query(String.class)
                .single());
    }

    /** How many whole days before now the time the query answers lies, rounded. */
    private long daysAgo(String sql, String param) {
        long at = jdbc.sql(sql).param(param).query(Long.class).single();
        return Math.round((clock.millis() - at) / (double) Duration.ofDays(1).toMillis());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
