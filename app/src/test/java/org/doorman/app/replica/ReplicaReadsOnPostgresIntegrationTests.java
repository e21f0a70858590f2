package org.doorman.app.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With {@code doorman.datasource.replica.url} set, a member's inbox and request pages are read from the replica (here a
 * stand-in that only learns the primary's rows when told to catch up), except for a member who just wrote: they read
 * from the primary for the read-your-writes window and see their own write at once.
 */
@IntegrationTest
@ContextConfiguration(initializers = ReplicaReadsOnPostgresIntegrationTests.PrimaryAndReplica.class)
class ReplicaReadsOnPostgresIntegrationTests {

    static final ReplicaStandIn REPLICA = new ReplicaStandIn();
    static final String WINDOW = "PT1S";

    static final class PrimaryAndReplica implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "spring.datasource.url=" + REPLICA.primaryUrl,
                            "doorman.datasource.replica.url=" + REPLICA.url,
                            "doorman.datasource.replica.read-your-writes=" + WINDOW)
                    .applyTo(context);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Test
    void theInboxAndRequestPagesOfAMemberWhoDidNotWriteAreReadFromTheReplica() throws Exception {
        var dana = members.create("Dana Berg", "de");
        var sam = members.create("Sam Hill", "en");
        var tom = members.create("Tom Lee", "en");
        String replicated = send(sam, dana);
        REPLICA.catchUp();
        String notYetReplicated = send(tom, dana);

        List<String> inbox = JsonPath.read(read(dana, "/api/v1/inbox"), "$[*].id");
        assertThat(inbox).contains(replicated).doesNotContain(notYetReplicated);
        mvc.perform(get("/api/v1/requests/" + replicated).header(HttpHeaders.AUTHORIZATION, bearer(dana)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/requests/" + notYetReplicated).header(HttpHeaders.AUTHORIZATION, bearer(dana)))
                .andExpect(status().isNotFound());

        REPLICA.catchUp();
        List<String> caughtUp = JsonPath.read(read(dana, "/api/v1/inbox"), "$[*].id");
        assertThat(caughtUp).contains(replicated, notYetReplicated);
    }

    @Test
    void aMemberSeesTheirOwnWriteAtOnceAndReadsFromTheReplicaAgainAfterTheWindow() throws Exception {
        var dana = members.create("Dana Roth", "de");
        var sam = members.create("Sam Fox", "en");
        REPLICA.catchUp();

        String sent = send(sam, dana);

        mvc.perform(get("/api/v1/requests/" + sent).header(HttpHeaders.AUTHORIZATION, bearer(sam)))
                .andExpect(status().isOk());
        // the recipient did not write: the replica, which has not caught up
        mvc.perform(get("/api/v1/requests/" + sent).header(HttpHeaders.AUTHORIZATION, bearer(dana)))
                .andExpect(status().isNotFound());

        Thread.sleep(java.time.Duration.parse(WINDOW).plusMillis(300).toMillis());
        mvc.perform(get("/api/v1/requests/" + sent).header(HttpHeaders.AUTHORIZATION, bearer(sam)))
                .andExpect(status().isNotFound());
    }

    private String send(Registered from, Registered to) throws Exception {
        var body = "{\"recipient\":\"" + to.id() + "\",\"message\":\"Hello " + to.handle()
                + ", we met at the Java meetup in Munich last week. Could we talk about your Spring Boot work?\"}";
        var answer = mvc.perform(post("/api/v1/requests")
                        .header(HttpHeaders.AUTHORIZATION, bearer(from))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    private String read(Registered who, String path) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String bearer(Registered who) {
        return TestMembers.bearer(who.token());
    }
}
