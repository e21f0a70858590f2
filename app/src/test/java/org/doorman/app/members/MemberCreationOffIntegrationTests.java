package org.doorman.app.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.doorman.app.testing.Databases;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The app as README command one starts it: {@code serve --demo} without an admin token (one context, shared). */
@IntegrationTest
@ContextConfiguration(initializers = Databases.Sqlite.class)
@TestPropertySource(properties = {"doorman.admin-token=", "doorman.demo=true"})
class MemberCreationOffIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"", TestMembers.ADMIN_TOKEN, "anything"})
    void withoutAnAdminTokenNobodyCanCreateMembers(String token) throws Exception {
        long before = members();
        var request = post("/api/v1/members")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"handle": "%s", "name": "Eva", "language": "de"}
                        """.formatted(TestMembers.uniqueHandle("Eva")));
        if (!token.isEmpty()) {
            request.header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(token));
        }

        mvc.perform(request)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("is off")));
        assertThat(members()).isEqualTo(before);
    }

    long members() {
        return jdbc.sql("SELECT COUNT(*) FROM members").query(Long.class).single();
    }
}
