package org.doorman.app.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.doorman.app.members.Registered;
import org.doorman.app.relationsdb.Api;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
@RecordApplicationEvents
abstract class MeetingsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    Meetings meetings;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Clock clock;

    Api api;
    Registered rita;
    Registered sam;
    Registered carl;
    Instant now;

    @BeforeEach
    void members() {
        api = new Api(mvc);
        rita = members.create("Rita Sommer", "en");
        sam = members.create("Sam Green", "en");
        carl = members.create("Carl Outsider", "en");
        now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void eachMeetingInPersonCountsAndIsAnnouncedOnceStored() throws Exception {
        meet(rita, sam, now.minus(14, ChronoUnit.DAYS).toString())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.with").value(sam.id()))
                .andExpect(jsonPath("$.meetings").value(1));
        meet(rita, sam, now.minus(7, ChronoUnit.DAYS).toString())
                .andExpect(jsonPath("$.meetings").value(2));

        assertThat(meetings.countBetween(sam.memberId(), rita.memberId())).isEqualTo(2);
        assertThat(events.stream(MeetingRecorded.class))
                .containsExactly(
                        new MeetingRecorded(rita.memberId(), sam.memberId(), now.minus(14, ChronoUnit.DAYS)),
                        new MeetingRecorded(rita.memberId(), sam.memberId(), now.minus(7, ChronoUnit.DAYS)));
    }

    @Test
    void acceptsADateTimeWithOffsetOrAPlainDate() throws Exception {
        meet(rita, sam, "2026-01-15T19:30:00+01:00").andExpect(jsonPath("$.at").value("2026-01-15T18:30:00Z"));
        meet(rita, sam, "2026-01-20").andExpect(jsonPath("$.at").value("2026-01-20T00:00:00Z"));
    }

    @Test
    void attendingTheSameEventIsAMeetingForEveryOtherAttendee() throws Exception {
        String event = createEvent(now.minus(1, ChronoUnit.HOURS).toString());

        api.post(rita.token(), "/events/" + event + "/attendance", null).andExpect(status().isCreated());
        api.post(sam.token(), "/events/" + event + "/attendance", null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.attendees").value(2));
        api.post(sam.token(), "/events/" + event + "/attendance", null).andExpect(status().isCreated());
        meet(rita, sam, null, event).andExpect(jsonPath("$.meetings").value(1));

        assertThat(meetings.countBetween(rita.memberId(), sam.memberId())).isEqualTo(1);
        assertThat(meetings.countBetween(rita.memberId(), carl.memberId())).isZero();
        assertThat(events.stream(MeetingRecorded.class))
                .contains(new MeetingRecorded(sam.memberId(), rita.memberId(), now.minus(1, ChronoUnit.HOURS)))
                .hasSize(2);
    }

    @Test
    void attendanceOfAnEventThatHasNotBegunIsRefused() throws Exception {
        String event = createEvent(now.plus(10, ChronoUnit.DAYS).toString());

        problem(api.post(rita.token(), "/events/" + event + "/attendance", null), 409);
        problem(api.post(rita.token(), "/events/ev_nope/attendance", null), 404);
    }

    @Test
    void aMeetingWithNobodyIsRefusedByBeanValidationNamingTheField() throws Exception {
        api.post(rita.token(), "/meetings", "{\"with\": \" \", \"at\": \"%s\"}".formatted(now))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("with is missing: say whom you met, as a member id."));
    }

    @Test
    void badMeetingsAreRefusedWithAReasonAndChangeNothing() throws Exception {
        problem(meet(rita, sam, "yesterday"), 400);
        problem(meet(rita, sam, "2026-13-45T99:00:00Z"), 400);
        problem(meet(rita, sam, null), 400);
        problem(meet(rita, rita, now.toString()), 400);
        problem(meet(rita, sam, now.plus(3, ChronoUnit.DAYS).toString()), 400);
        problem(api.post(rita.token(), "/meetings", "{\"at\": \"%s\"}".formatted(now)), 400);
        problem(api.post(rita.token(), "/meetings", "{\"with\": \"m_nobody\", \"at\": \"%s\"}".formatted(now)), 404);
        problem(meet(rita, sam, now.toString(), "ev_nope"), 404);
        problem(api.post(rita.token(), "/meetings", "{\"with\": \"m_\\u0000\", \"at\": \"%s\"}".formatted(now)), 400);
        problem(meet(rita, sam, now.toString(), "ev_\\u0000"), 400);
        api.post(rita.token(), "/meetings", "{\"with\": ").andExpect(status().isBadRequest());
        api.post(null, "/meetings", "{\"with\": \"%s\", \"at\": \"%s\"}".formatted(sam.id(), now))
                .andExpect(status().isUnauthorized());

        assertThat(meetings.countBetween(rita.memberId(), sam.memberId())).isZero();
        assertThat(events.stream(MeetingRecorded.class)).isEmpty();
    }

    @Test
    void aRequesterCannotMeetTheirWayPastTheMembersStrategy() throws Exception {
        api.put(rita.token(), "/strategy", "{\"preset\": \"meet-twice\"}").andExpect(status().isOk());
        meet(sam, rita, now.minus(30, ChronoUnit.DAYS).toString()).andExpect(status().isCreated());
        String request = JsonPath.read(
                api.post(
                                sam.token(),
                                "/requests",
                                "{\"recipient\": \"%s\", \"message\": \"Hi Rita, we met!\"}".formatted(rita.id()))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        meet(sam, rita, now.minus(20, ChronoUnit.DAYS).toString());
        meet(sam, rita, now.minus(10, ChronoUnit.DAYS).toString());

        api.get(rita.token(), "/requests/" + request)
                .andExpect(jsonPath("$.state").value("awaiting_meetings"));

        meet(rita, sam, now.minus(20, ChronoUnit.DAYS).toString())
                .andExpect(jsonPath("$.meetings").value(1));
        api.get(rita.token(), "/requests/" + request)
                .andExpect(jsonPath("$.state").value("awaiting_meetings"));
        meet(rita, sam, now.minus(10, ChronoUnit.DAYS).toString())
                .andExpect(jsonPath("$.meetings").value(2));
        api.get(rita.token(), "/requests/" + request)
                .andExpect(jsonPath("$.state").value("accepted"));
    }

    private ResultActions meet(Registered who, Registered with, String at) throws Exception {
        return meet(who, with, at, null);
    }

    private ResultActions meet(Registered who, Registered with, String at, String eventId) throws Exception {
        var body = new StringBuilder("{\"with\": \"" + with.id() + "\"");
        if (at != null) {
            body.append(", \"at\": \"").append(at).append('"');
        }
        if (eventId != null) {
            body.append(", \"eventId\": \"").append(eventId).append('"');
        }
        return api.post(who.token(), "/meetings", body.append('}').toString());
    }

    private String createEvent(String startsAt) throws Exception {
        String body = api.post(Api.OPERATOR, "/events", """
                        {"title": "Netzwerkabend", "startsAt": "%s", "location": "Hamburg", "official": true}""".formatted(startsAt))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static void problem(ResultActions result, int status) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
