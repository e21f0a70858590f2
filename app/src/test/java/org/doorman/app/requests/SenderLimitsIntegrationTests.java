package org.doorman.app.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.doorman.app.members.Registered;
import org.doorman.app.relationsdb.Api;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Sender limits, shown on limited senders (10 a week, 5 open), whose limits are low enough for a test. */
@IntegrationTest
abstract class SenderLimitsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    Registered limitedSender(String name) throws Exception {
        var sender = members.create(name, "de");
        api.post(Api.OPERATOR, "/operator/senders/" + sender.id() + "/limit", null)
                .andExpect(status().isOk());
        return sender;
    }

    ResultActions sendTo(Registered from, Registered to) throws Exception {
        return api.post(from.token(), "/requests", """
                {"recipient": "%s", "message": "Hallo, wir haben uns beim Segeln in Kiel getroffen."}""".formatted(to.id()));
    }

    String sent(Registered from, Registered to) throws Exception {
        String body = sendTo(from, to)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void aSilentlyDeclinedRequestCountsAsOpenExactlyAsAPendingOne() throws Exception {
        var declinedOnce = limitedSender("Max Sammler");
        var allPending = limitedSender("Moritz Sammler");
        for (int i = 0; i < 5; i++) {
            var recipient = members.create("Empfänger Nummer" + (char) ('A' + i), "de");
            String request = sent(declinedOnce, recipient);
            sent(allPending, recipient);
            if (i == 0) {
                api.post(recipient.token(), "/requests/" + request + "/decision", "{\"action\": \"decline\"}")
                        .andExpect(status().isOk());
            }
        }
        var next = members.create("Dana Berg", "de");

        String afterDecline = sendTo(declinedOnce, next)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String allOpen = sendTo(allPending, next)
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(afterDecline).isEqualTo(allOpen).contains("5 contact requests waiting for an answer");
    }

    @Test
    void overTheWeeklyLimitTheSenderIsPolitelyToldWhenToTryAgain() throws Exception {
        var sender = limitedSender("Max Sammler");
        for (int i = 0; i < 10; i++) {
            var recipient = members.create("Empfänger Nummer" + (char) ('A' + i), "de");
            String request = sent(sender, recipient);
            // accepted requests are not open: only the weekly limit holds
            api.post(recipient.token(), "/requests/" + request + "/decision", "{\"action\": \"accept\"}")
                    .andExpect(status().isOk());
        }

        sendTo(sender, members.create("Dana Berg", "de"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("10 contact requests this week")))
                .andExpect(jsonPath("$.detail").value(containsString("you can send the next one in 7 days")));
    }

    @Test
    void aSenderInGoodStandingIsNotHeldByTheLimitedSendersLimits() throws Exception {
        var sender = members.create("Eva Schulz", "de");
        for (int i = 0; i < 6; i++) {
            sent(sender, members.create("Empfänger Nummer" + (char) ('A' + i), "de"));
        }
    }
}
