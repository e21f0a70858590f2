package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.StatementCounter;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * How many SQL statements one {@code POST /api/v1/requests} sends: the main cause of ingest throughput far below the
 * database's own (issue 15). A ceiling keeps it from growing back.
 */
@IntegrationTest
@Import(StatementCounter.class)
abstract class StatementsPerRequestIntegrationTests {

    /**
     * 43 until issue 15's cut: each fact is now read once per request and handed on (the standing, the strategy, the
     * contacts), and each capability's facts come in one statement (the sending history, the relation, the meetings,
     * a member with their groups, the sender's earlier texts with the visit, a template with its author's name); 25 after.
     */
    static final int CEILING = 25;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    MemberRegistration registration;

    @Test
    void aScreenedRequestTakesNoMoreThanTheCeilingOfStatements() throws Exception {
        var members = new TestMembers(registration);
        Registered dana = members.create(NewMember.of(TestMembers.uniqueHandle("Dana Berg"), "Dana Berg", "de"));
        Registered jonas = members.create(NewMember.of(TestMembers.uniqueHandle("Jonas Weber"), "Jonas Weber", "de"));
        send(jonas, members.create(NewMember.of(TestMembers.uniqueHandle("Ada Roth"), "Ada Roth", "de")));

        List<String> sql = StatementCounter.sqlOf(() -> send(jonas, dana));

        System.out.println("Statements of one POST /requests: " + sql.size());
        sql.forEach(statement -> System.out.println("  " + statement));
        assertThat(sql).hasSizeLessThanOrEqualTo(CEILING);
    }

    private void send(Registered sender, Registered recipient) {
        try {
            mvc.perform(post("/api/v1/requests")
                            .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(sender.token()))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(Map.of(
                                    "recipient", recipient.id(), "message", RequestLifecycleIntegrationTests.VAGUE))))
                    .andExpect(status().isCreated());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
