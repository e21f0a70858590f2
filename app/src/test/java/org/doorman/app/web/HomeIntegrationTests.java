package org.doorman.app.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.doorman.app.members.CurrentMember;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
abstract class HomeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Test
    void theHomePageSaysDoormanAndOffersASignInFormWithACsrfToken() throws Exception {
        mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<h1>Doorman</h1>")))
                .andExpect(content().string(Matchers.containsString("name=\"handle\"")))
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")))
                .andExpect(content().string(Matchers.containsString("Sign in")));
    }

    @Test
    void theHomePageSpeaksGermanToAGermanBrowser() throws Exception {
        mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,de;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("lang=\"de\"")))
                .andExpect(content().string(Matchers.containsString("Anmelden")))
                .andExpect(content().string(Matchers.containsString("Passwort")));
    }

    @Test
    void aMemberSignsInWithHandleAndPasswordAndTheInboxOpens() throws Exception {
        var eva = new TestMembers(registration).create("Eva Schulz", "de");

        var signIn = mvc.perform(post("/login")
                        .param("handle", eva.handle())
                        .param("password", TestMembers.PASSWORD)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inbox"))
                .andExpect(authenticated()
                        .withAuthenticationPrincipal(new CurrentMember(eva.id(), eva.handle(), "Eva Schulz", "de")))
                .andReturn();
        var session = (MockHttpSession) signIn.getRequest().getSession();

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/inbox"));
        mvc.perform(get("/inbox").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<h1>Eingang</h1>")));
    }

    @Test
    void aWrongPasswordSendsTheMemberBackWithAMessage() throws Exception {
        var eva = new TestMembers(registration).create("Eva Schulz", "de");

        mvc.perform(post("/login")
                        .param("handle", eva.handle())
                        .param("password", "wrong password")
                        .with(csrf()))
                .andExpect(redirectedUrl("/?error"))
                .andExpect(unauthenticated());
        mvc.perform(get("/").param("error", "").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(Matchers.containsString("Unknown handle or wrong password.")));
    }

    @Test
    void aSignedInMemberCreatesAnApiTokenThatTheApiTakesAndSeesItOnlyOnce() throws Exception {
        var eva = new TestMembers(registration).create("Eva Schulz", "de");
        var session = signIn(eva.handle());

        var created = mvc.perform(post("/tokens").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/profile#api-token"))
                .andExpect(flash().attribute("newToken", Matchers.startsWith("dm_")))
                .andReturn();
        var token = (String) created.getFlashMap().get("newToken");

        mvc.perform(get("/profile").session(session)) // the redirect's page
                .andExpect(content().string(Matchers.containsString(token)))
                .andExpect(content().string(Matchers.containsString("nicht noch einmal gezeigt")));
        mvc.perform(get("/profile").session(session))
                .andExpect(content().string(Matchers.not(Matchers.containsString(token))))
                .andExpect(content().string(Matchers.containsString("API-Token erstellen")));
        mvc.perform(get("/api/v1/strategy").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/strategy").header(HttpHeaders.AUTHORIZATION, "Bearer " + eva.token()))
                .andExpect(status().isOk());
    }

    @Test
    void creatingATokenWithoutTheCsrfTokenIsRefused() throws Exception {
        var eva = new TestMembers(registration).create("Eva Schulz", "de");
        var session = signIn(eva.handle());

        mvc.perform(post("/tokens").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aStrangerCannotCreateATokenAndIsSentToSignIn() throws Exception {
        mvc.perform(post("/tokens").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, Matchers.endsWith("/")))
                .andExpect(unauthenticated());
    }

    private MockHttpSession signIn(String handle) throws Exception {
        var signIn = mvc.perform(post("/login")
                        .param("handle", handle)
                        .param("password", TestMembers.PASSWORD)
                        .with(csrf()))
                .andExpect(authenticated())
                .andReturn();
        return (MockHttpSession) signIn.getRequest().getSession();
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
        var eva = new TestMembers(registration).create("Eva Schulz", "de");

        mvc.perform(post("/login").param("handle", eva.handle()).param("password", TestMembers.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void aPageForMembersSendsStrangersToTheSignInPage() throws Exception {
        mvc.perform(get("/somewhere-for-members")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theSignInAddressLeadsToTheHomePage() throws Exception {
        mvc.perform(get("/login")).andExpect(redirectedUrl("/"));
    }

    @Test
    void healthIsUpWithoutSigningIn() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void theApiDescriptionIsPublic() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/members']").exists());
    }
}
