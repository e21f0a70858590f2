package org.doorman.app.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A member lists and revokes their API tokens, over the API and on the web page; revoked or expired ones answer 401. */
@IntegrationTest
abstract class TokensIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    JdbcClient jdbc;

    ResultActions api(String method, String path, String token, String body) throws Exception {
        var request = switch (method) {
            case "GET" -> get(path);
            case "POST" -> post(path);
            case "DELETE" -> delete(path);
            default -> throw new IllegalArgumentException(method);
        };
        request.header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(token));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    @Test
    void aMemberCreatesListsAndRevokesTokensAndARevokedTokenAnswers401AtOnce() throws Exception {
        var eva = new TestMembers(registration).create("Eva Schulz", "de");
        Instant expires = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        String created = api("POST", "/api/v1/tokens", eva.token(), """
                        {"name": "Mein Skript", "expiresAt": "%s"}""".formatted(expires))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value(Matchers.startsWith("dm_")))
                .andExpect(jsonPath("$.name").value("Mein Skript"))
                .andExpect(jsonPath("$.expiresAt").value(expires.toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String token = JsonPath.read(created, "$.token");
        api("GET", "/api/v1/strategy", token, null).andExpect(status().isOk());

        String listed = api("GET", "/api/v1/tokens", eva.token(), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].id").value(id))
                .andExpect(jsonPath("$[1].name").value("Mein Skript"))
                .andExpect(jsonPath("$[1].createdAt").isNotEmpty())
                .andExpect(jsonPath("$[1].lastUsedAt").isNotEmpty())
                .andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(listed).doesNotContain(token).doesNotContain(eva.token());

        api("DELETE", "/api/v1/tokens/" + id, eva.token(), null).andExpect(status().isNoContent());
        api("GET", "/api/v1/strategy", token, null).andExpect(status().isUnauthorized());
        api("DELETE", "/api/v1/tokens/" + id, eva.token(), null).andExpect(status().isNotFound());
        api("GET", "/api/v1/tokens", eva.token(), null)
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void anExpiredTokenAnswers401AndAnotherMembersTokenCannotBeRevoked() throws Exception {
        var eva = new TestMembers(registration).create("Eva Schulz", "de");
        var tim = new TestMembers(registration).create("Tim Kaiser", "de");
        String created = api(
                        "POST",
                        "/api/v1/tokens",
                        eva.token(),
                        "{\"expiresAt\": \"%s\"}".formatted(Instant.now().plusSeconds(3600)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String token = JsonPath.read(created, "$.token");

        api("DELETE", "/api/v1/tokens/" + id, tim.token(), null).andExpect(status().isNotFound());
        api("GET", "/api/v1/strategy", token, null).andExpect(status().isOk());
        jdbc.sql("UPDATE api_tokens SET expires_at = ? WHERE id = ?")
                .params(Instant.now().minusSeconds(1).toEpochMilli(), id)
                .update();
        api("GET", "/api/v1/strategy", token, null).andExpect(status().isUnauthorized());
    }

    @Test
    void badTokenRequestsAreRefusedAndStoreNothing() throws Exception {
        var eva = new TestMembers(registration).create("Eva Schulz", "de");
        for (String body : List.of(
                "{\"expiresAt\": \"morgen\"}",
                "{\"expiresAt\": \"2001-01-01T00:00:00Z\"}",
                "{\"name\": \"" + "x".repeat(101) + "\"}",
                "{\"name\": \"a\\u0000b\"}",
                "{\"name\": [1]}")) {
            api("POST", "/api/v1/tokens", eva.token(), body)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        api("GET", "/api/v1/tokens", eva.token(), null)
                .andExpect(jsonPath("$.length()").value(1));
        api("DELETE", "/api/v1/tokens/" + "x".repeat(500), eva.token(), null).andExpect(status().isNotFound());
    }

    @Test
    void theTokensPageListsTheTokensAndRevokesOneWithItsButton() throws Exception {
        var eva = new TestMembers(registration).create("Eva Schulz", "en");
        String id = jdbc.sql("SELECT id FROM api_tokens WHERE member_id = ?")
                .param(eva.id())
                .query(String.class)
                .single();
        var session = signIn(eva.handle());

        mvc.perform(get("/tokens").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"" + id + "\"")))
                .andExpect(content().string(Matchers.containsString("/tokens/" + id + "/revoke")));
        mvc.perform(post("/tokens/" + id + "/revoke").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/tokens/" + id + "/revoke").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());

        api("GET", "/api/v1/strategy", eva.token(), null).andExpect(status().isUnauthorized());
        mvc.perform(get("/tokens").session(session))
                .andExpect(content().string(Matchers.containsString("You have no API tokens.")));
    }

    private MockHttpSession signIn(String handle) throws Exception {
        var result = mvc.perform(post("/login")
                        .param("handle", handle)
                        .param("password", TestMembers.PASSWORD)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }
}
