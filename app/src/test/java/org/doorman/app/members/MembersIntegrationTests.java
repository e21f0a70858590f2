package org.doorman.app.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
abstract class MembersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberRegistration registration;

    ResultActions createAsOperator(String json) throws Exception {
        return mvc.perform(post("/api/v1/members")
                .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(TestMembers.ADMIN_TOKEN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    long members() {
        return jdbc.sql("SELECT COUNT(*) FROM members").query(Long.class).single();
    }

    @Test
    void answersAnOpaqueIdAndATokenThatAuthenticatesTheNewMember() throws Exception {
        String handle = TestMembers.uniqueHandle("Eva Schulz");
        String body = createAsOperator("""
                            {"handle": "%s", "name": "Eva Schulz", "language": "de",
                             "headline": "Steuerberaterin für Gründer", "offers": ["Steuerberatung"],
                             "seeks": ["Mandanten"], "interests": ["Fintech"], "groups": ["Alumni Köln"],
                             "company": "Schulz & Partner", "email": "eva@example.org", "password": "geheim1234"}
                            """.formatted(handle))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(org.hamcrest.Matchers.startsWith("m_")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String token = JsonPath.read(body, "$.token");

        mvc.perform(get("/api/v1/members/" + id).header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.handle").value(handle))
                .andExpect(jsonPath("$.name").value("Eva Schulz"))
                .andExpect(jsonPath("$.offers[0]").value("Steuerberatung"))
                .andExpect(jsonPath("$.groups[0]").value("Alumni Köln"))
                .andExpect(jsonPath("$.email").doesNotExist());
    }

    @Test
    void thePublicProfileAndTheOwnProfileAnswerTheFieldsOfTheContractWithTheEmailOnlyToTheMember() throws Exception {
        String body = createAsOperator("""
                            {"handle": "%s", "name": "Ida Roth", "language": "de", "headline": "Tischlerin",
                             "about": "Möbel nach Maß", "offers": ["Möbel"], "seeks": ["Holz"], "interests": ["Design"],
                             "groups": ["Handwerk Köln"], "company": "Roth Holz", "email": "ida@example.org"}
                            """.formatted(TestMembers.uniqueHandle("Ida Roth")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String bearer = TestMembers.bearer(JsonPath.read(body, "$.token"));
        String id = JsonPath.read(body, "$.id");

        String publicProfile = mvc.perform(get("/api/v1/members/" + id).header(HttpHeaders.AUTHORIZATION, bearer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String own = mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("ida@example.org"))
                .andExpect(jsonPath("$.about").value("Möbel nach Maß"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        var profileFields = java.util.List.of(
                "id",
                "handle",
                "name",
                "language",
                "headline",
                "about",
                "offers",
                "seeks",
                "interests",
                "groups",
                "company");
        assertThat(fields(publicProfile)).containsExactlyElementsOf(concat(profileFields, "contactPolicy"));
        assertThat(fields(own)).containsExactlyElementsOf(concat(profileFields, "email", "digest"));
    }

    private static java.util.List<String> fields(String json) {
        return java.util.List.copyOf(
                JsonPath.<java.util.Map<String, Object>>read(json, "$").keySet());
    }

    private static java.util.List<String> concat(java.util.List<String> first, String... more) {
        var all = new java.util.ArrayList<>(first);
        all.addAll(java.util.List.of(more));
        return all;
    }

    @Test
    void storesTheTokenOnlyAsAHashAndThePasswordWithBcrypt() throws Exception {
        String body = createAsOperator("""
                            {"handle": "%s", "name": "Tom Berg", "language": "en", "password": "secret-enough"}
                            """.formatted(TestMembers.uniqueHandle("Tom Berg")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String token = JsonPath.read(body, "$.token");

        assertThat(token).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
        String storedToken = jdbc.sql("SELECT token_hash FROM api_tokens WHERE member_id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(storedToken).isEqualTo(Tokens.hash(token)).doesNotContain(token);
        String storedPassword = jdbc.sql("SELECT password_hash FROM credentials WHERE member_id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(storedPassword).startsWith("{bcrypt}$2").doesNotContain("secret-enough");
    }

    @Test
    void putsTheMemberIntoTheirGroupsCreatingAGroupOnlyOnce() {
        var members = new TestMembers(registration);
        String group = "Gründerstammtisch " + TestMembers.uniqueHandle("g");
        var first = members.create(new NewMember(
                TestMembers.uniqueHandle("Ada"),
                new Profile("Ada", "en", null, null, null, null, null, java.util.List.of(group), null, null),
                null));
        var second = members.create(new NewMember(
                TestMembers.uniqueHandle("Ben"),
                new Profile("Ben", "de", null, null, null, null, null, java.util.List.of(group), null, null),
                null));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_groups WHERE name = ?")
                        .param(group)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                            SELECT ms.member_id FROM memberships ms JOIN member_groups g ON g.id = ms.group_id
                            WHERE g.name = ? ORDER BY ms.member_id""").param(group).query(String.class).list())
                .containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void aDuplicateHandleGets400WithADetailAndStoresNothing() throws Exception {
        var existing = new TestMembers(registration).create("Clara Vogt", "de");
        long before = members();

        createAsOperator("""
                            {"handle": "%s", "name": "Someone Else", "language": "en"}
                            """.formatted(existing.handle()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("already taken")));
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void aMissingNameGets400WithADetailAndStoresNothing() throws Exception {
        String handle = TestMembers.uniqueHandle("nameless");

        createAsOperator("""
                            {"handle": "%s", "language": "en", "groups": ["Nobody's group"]}
                            """.formatted(handle))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("name is missing."));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM members WHERE handle = ?")
                        .param(handle)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_groups WHERE name = 'Nobody''s group'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anUnknownLanguageGets400NamingTheLanguagesThatWork() throws Exception {
        long before = members();

        createAsOperator("""
                            {"handle": "%s", "name": "Jean Dupont", "language": "fr"}
                            """.formatted(TestMembers.uniqueHandle("Jean")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("language 'fr' is not supported: use 'de' or 'en'."));
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void malformedJsonGets400AsAProblem() throws Exception {
        createAsOperator("{\"handle\": \"broken\", ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The request body")));
    }

    @Test
    void aListGivenAsTextGets400AsAProblem() throws Exception {
        createAsOperator("""
                            {"handle": "%s", "name": "Lisa", "language": "de", "offers": {"a": 1}}
                            """.formatted(TestMembers.uniqueHandle("Lisa")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aMissingTokenGets401AsAProblem() throws Exception {
        mvc.perform(post("/api/v1/members")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void aWrongTokenGets401AsAProblem() throws Exception {
        var eva = new TestMembers(registration).create("Eva", "de");

        mvc.perform(get("/api/v1/members/" + eva.id())
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(eva.token() + "x")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The bearer token is not valid."));
    }

    @Test
    void aMemberCannotCreateMembers() throws Exception {
        var eva = new TestMembers(registration).create("Eva", "de");
        long before = members();

        mvc.perform(post("/api/v1/members")
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(eva.token()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                    {"handle": "%s", "name": "Mallory", "language": "en"}
                                    """.formatted(TestMembers.uniqueHandle("Mallory"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void theOperatorTokenIsNoMemberToken() throws Exception {
        var eva = new TestMembers(registration).create("Eva", "de");

        mvc.perform(get("/api/v1/members/" + eva.id())
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(TestMembers.ADMIN_TOKEN)))
                .andExpect(status().isForbidden());
    }

    @Test
    void viewingAnotherMembersProfileCountsAsAVisitButViewingOnesOwnDoesNot() throws Exception {
        var members = new TestMembers(registration);
        var eva = members.create("Eva", "de");
        var tom = members.create("Tom", "en");

        mvc.perform(get("/api/v1/members/" + eva.id())
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(tom.token())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/members/" + eva.id())
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(eva.token())))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("SELECT visitor_id FROM profile_visits WHERE visited_id = ?")
                        .param(eva.id())
                        .query(String.class)
                        .list())
                .containsExactly(tom.id());
    }

    @Test
    void anUnknownMemberGets404AsAProblem() throws Exception {
        var tom = new TestMembers(registration).create("Tom", "en");

        mvc.perform(get("/api/v1/members/m_nobody").header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(tom.token())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
