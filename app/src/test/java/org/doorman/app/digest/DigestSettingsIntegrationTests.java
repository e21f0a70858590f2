package org.doorman.app.digest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import org.doorman.app.members.CurrentMember;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** The member chooses when the digest comes, over the API; the one-click link turns it off. */
@IntegrationTest
abstract class DigestSettingsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    UnsubscribeLinks links;

    Registered eva;

    @BeforeEach
    void member() {
        eva = members.create("Eva Schulz", "de");
    }

    @Test
    void aMemberWhoChoseNothingHasTheDailyDefault() throws Exception {
        mvc.perform(get("/api/v1/me/digest").header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(eva.token())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.frequency").value("daily"))
                .andExpect(jsonPath("$.time").value("08:00"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Berlin"))
                .andExpect(jsonPath("$.nextDigestAt").isNotEmpty());
    }

    @Test
    void aMemberChoosesAWeeklyDigestInTheirTimeZone() throws Exception {
        mvc.perform(put("/api/v1/me/digest")
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(eva.token()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"frequency\": \"weekly\", \"time\": \"17:30\", \"timeZone\": \"America/New_York\","
                                + " \"day\": \"friday\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.frequency").value("weekly"))
                .andExpect(jsonPath("$.day").value("friday"));
        mvc.perform(get("/api/v1/me/digest").header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(eva.token())))
                .andExpect(jsonPath("$.frequency").value("weekly"))
                .andExpect(jsonPath("$.time").value("17:30"))
                .andExpect(jsonPath("$.timeZone").value("America/New_York"));
    }

    @Test
    void wrongSettingsAreAClearProblemAndChangeNothing() throws Exception {
        mvc.perform(put("/api/v1/me/digest")
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(eva.token()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"frequency\": \"never\", \"timeZone\": \"Mars/Olympus\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Mars/Olympus")));
        mvc.perform(get("/api/v1/me/digest").header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(eva.token())))
                .andExpect(jsonPath("$.frequency").value("daily"));
    }

    @Test
    void theWebPageShowsTheSettingsAndSavesThemWithCsrf() throws Exception {
        var me = UsernamePasswordAuthenticationToken.authenticated(
                new CurrentMember(eva.id(), eva.handle(), "Eva Schulz", "de"),
                null,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER")));
        mvc.perform(get("/digest").with(authentication(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Europe/Berlin")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("_csrf")));
        mvc.perform(post("/digest")
                        .with(authentication(me))
                        .param("frequency", "weekly")
                        .param("time", "06:45")
                        .param("timeZone", "Europe/Vienna")
                        .param("day", "tuesday"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/digest")
                        .with(authentication(me))
                        .with(csrf())
                        .param("frequency", "weekly")
                        .param("time", "06:45")
                        .param("timeZone", "Europe/Vienna")
                        .param("day", "tuesday"))
                .andExpect(redirectedUrl("/digest?saved"));
        mvc.perform(get("/api/v1/me/digest").header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(eva.token())))
                .andExpect(jsonPath("$.frequency").value("weekly"))
                .andExpect(jsonPath("$.time").value("06:45"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Vienna"))
                .andExpect(jsonPath("$.day").value("tuesday"));
    }

    @Test
    void theOneClickLinkTurnsTheDigestOffAndAForgedOneChangesNothing() throws Exception {
        mvc.perform(put("/api/v1/me/digest")
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(eva.token()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"frequency\": \"daily\"}"))
                .andExpect(status().isOk());
        var link = URI.create(links.url(eva.memberId()));
        String forged = link.getRawQuery().replaceAll("sig=[^&]+", "sig=forged");

        mvc.perform(post(link.getRawPath() + "?" + forged)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isBadRequest());
        mvc.perform(get(link.getRawPath() + "?" + link.getRawQuery()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("method=\"post\"")));
        mvc.perform(get("/api/v1/me/digest").header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(eva.token())))
                .andExpect(jsonPath("$.frequency").value("daily"));

        mvc.perform(post(link.getRawPath() + "?" + link.getRawQuery())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/digest").header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(eva.token())))
                .andExpect(jsonPath("$.frequency").value("never"))
                .andExpect(jsonPath("$.nextDigestAt").doesNotExist());
    }
}
