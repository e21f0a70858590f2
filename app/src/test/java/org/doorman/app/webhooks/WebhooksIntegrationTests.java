package org.doorman.app.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.relationsdb.Api;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
abstract class WebhooksIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Webhooks webhooks;

    @Test
    void theOperatorRegistersAHookAndSeesItsSecretOnce() throws Exception {
        var api = new Api(mvc);
        String body = api.post(Api.OPERATOR, "/webhooks", "{\"url\": \"https://platform.example/doorman\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.url").value("https://platform.example/doorman"))
                .andExpect(jsonPath("$.secret").value(org.hamcrest.Matchers.startsWith("whsec_")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String secret = JsonPath.read(body, "$.secret");

        String list = api.get(Api.OPERATOR, "/webhooks")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].url").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain(secret);
        assertThat(webhooks.targets()).anySatisfy(t -> assertThat(t.secret()).isEqualTo(secret));

        api.delete(Api.OPERATOR, "/webhooks/" + id).andExpect(status().isNoContent());
        api.delete(Api.OPERATOR, "/webhooks/" + id)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        assertThat(webhooks.targets())
                .noneSatisfy(t -> assertThat(t.id().value()).isEqualTo(id));
    }

    @Test
    void theOperatorRotatesAHooksSecretAndOnlyTheNewOneSigns() throws Exception {
        var api = new Api(mvc);
        String body = api.post(Api.OPERATOR, "/webhooks", "{\"url\": \"https://platform.example/rotate\"}")
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String old = JsonPath.read(body, "$.secret");

        String rotated = api.post(Api.OPERATOR, "/webhooks/" + id + "/secret", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.secret").value(org.hamcrest.Matchers.startsWith("whsec_")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String secret = JsonPath.read(rotated, "$.secret");

        assertThat(secret).isNotEqualTo(old);
        assertThat(webhooks.targets())
                .filteredOn(t -> t.id().value().equals(id))
                .singleElement()
                .satisfies(t -> assertThat(t.secret()).isEqualTo(secret));
        api.post(Api.OPERATOR, "/webhooks/wh_nope/secret", null).andExpect(status().isNotFound());
        var member = new TestMembers(registration).create("Eva Schulz", "de");
        api.post(member.token(), "/webhooks/" + id + "/secret", null).andExpect(status().isForbidden());
        api.delete(Api.OPERATOR, "/webhooks/" + id).andExpect(status().isNoContent());
    }

    @Test
    void aBadUrlIsRefusedAndMembersMayNotTouchHooks() throws Exception {
        var api = new Api(mvc);
        var member = new TestMembers(registration).create("Eva Schulz", "de");

        api.post(Api.OPERATOR, "/webhooks", "{\"url\": \"ftp://files.example\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        api.post(Api.OPERATOR, "/webhooks", "{}").andExpect(status().isBadRequest());
        api.post(member.token(), "/webhooks", "{\"url\": \"https://evil.example\"}")
                .andExpect(status().isForbidden());
        api.get(member.token(), "/webhooks").andExpect(status().isForbidden());
        api.get(null, "/webhooks").andExpect(status().isUnauthorized());
    }
}
