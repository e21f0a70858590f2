package org.doorman.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import javax.sql.DataSource;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Profile;
import org.doorman.app.members.Registered;
import org.doorman.app.requests.RequestDesk;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TableRows;
import org.doorman.app.testing.TestMembers;
import org.doorman.core.lifecycle.MemberId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The member pages over HTTP: every page renders, requesters' words stay text, and a member sees only their own. */
@IntegrationTest
abstract class MemberPagesIntegrationTests {

    static final String HOSTILE = "Hallo <script>alert('x')</script> <img src=x onerror=alert(1)> Synergien!";

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    RequestDesk desk;

    @Autowired
    DataSource dataSource;

    Registered dana;
    Registered jonas;
    Registered carl;

    @BeforeEach
    void members() {
        dana = new TestMembers(registration)
                .create(new NewMember(
                        TestMembers.uniqueHandle("Dana Berg"),
                        new Profile(
                                "Dana Berg",
                                "de",
                                "Steuerberaterin",
                                "Ich berate Freiberufler.",
                                List.of("Steuerberatung für Freiberufler"),
                                List.of(),
                                List.of(),
                                List.of(),
                                null,
                                null),
                        TestMembers.PASSWORD));
        jonas = new TestMembers(registration).create("Jonas Weber", "en");
        carl = new TestMembers(registration).create("Carl Meyer", "en");
    }

    @Test
    void everyPageOfTheMemberRendersInTheirLanguage() throws Exception {
        var session = signIn(dana);
        for (String page : List.of(
                "/inbox",
                "/tasks",
                "/contacts",
                "/contacts/dormant",
                "/contacts/imports",
                "/events",
                "/strategy",
                "/compose",
                "/dashboard",
                "/profile",
                "/members/" + jonas.id(),
                "/strategy/try")) {
            mvc.perform(get(page).session(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        }
        mvc.perform(get("/inbox").session(session)).andExpect(content().string(Matchers.containsString("Eingang")));
    }

    @Test
    void everyPageSendsAContentSecurityPolicyWithoutInlineScript() throws Exception {
        mvc.perform(get("/inbox").session(signIn(dana)))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self';")))
                .andExpect(
                        header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))));
    }

    @Test
    void whatARequesterWroteIsShownAsTextNeverAsHtml() throws Exception {
        var sent = desk.send(new MemberId(jonas.id()), new MemberId(dana.id()), HOSTILE);
        var session = signIn(dana);

        for (String page : List.of("/inbox", "/requests/" + sent.id())) {
            mvc.perform(get(page).session(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("&lt;script&gt;")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert"))))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("<img src=x"))));
        }
    }

    @Test
    void anotherMembersRequestAnswers404() throws Exception {
        var sent = desk.send(new MemberId(jonas.id()), new MemberId(dana.id()), "Hello Dana");

        mvc.perform(get("/requests/" + sent.id()).session(signIn(carl))).andExpect(status().isNotFound());
        mvc.perform(post("/inbox/" + sent.id() + "/decision")
                        .param("action", "accept")
                        .session(signIn(carl))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSenderSeesOnlyPendingNeverTheDecline() throws Exception {
        var sent = desk.send(
                new MemberId(jonas.id()),
                new MemberId(dana.id()),
                "Sehr geehrte Damen und Herren, kaufen Sie jetzt unsere"
                        + " Software mit 30 % Rabatt – buchen Sie eine kostenlose Demo!");
        mvc.perform(post("/inbox/" + sent.id() + "/decision")
                        .param("action", "decline")
                        .session(signIn(dana))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/requests/" + sent.id()).session(signIn(jonas)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(Matchers.containsString("Pending")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Declined"))));
    }

    @Test
    void aDecisionWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        var sent = desk.send(new MemberId(jonas.id()), new MemberId(dana.id()), "Hello Dana");

        mvc.perform(post("/inbox/" + sent.id() + "/decision")
                        .param("action", "accept")
                        .session(signIn(dana)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/requests/" + sent.id()).session(signIn(jonas)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(Matchers.containsString("Pending")));
    }

    @Test
    void theInboxRowOfAnHtmxDecisionIsSwappedOrLeavesAnOpenView() throws Exception {
        var sent = desk.send(new MemberId(jonas.id()), new MemberId(dana.id()), "Hello Dana, let us connect.");
        var session = signIn(dana);

        mvc.perform(post("/inbox/" + sent.id() + "/decision")
                        .param("action", "decline")
                        .param("state", "open")
                        .header("HX-Request", "true")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("class=\"row"))));
        mvc.perform(get("/inbox").param("state", "declined").session(session))
                .andExpect(content().string(Matchers.containsString("Jonas Weber")));
    }

    @Test
    void aDraftWithoutARecipientAnswersTheComposePageNamingTheFieldAndSendsNothing() throws Exception {
        var session = signIn(jonas);
        var rows = new TableRows(dataSource);
        var before = rows.count();
        for (String form : List.of("/compose", "/compose/coach")) {
            mvc.perform(post(form)
                            .param("recipient", " ")
                            .param("message", "Hello, shall we talk about taxes?")
                            .session(session)
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(Matchers.containsString("recipient is missing")));
        }
        assertThat(TableRows.changed(before, rows.count())).isEmpty();
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
