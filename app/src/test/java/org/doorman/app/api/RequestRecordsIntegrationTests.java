package org.doorman.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.doorman.app.members.Registered;
import org.doorman.app.relationsdb.Api;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TableRows;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Each request record's constraints, one invalid value at a time: the answer is a 400 problem whose detail names the
 * field and says what is wrong, in the words of the record's constraint (a check further in, where one is left, words
 * it otherwise or answers another status), and nothing is stored. Ids in paths need not exist: the record is checked
 * before anything is looked up.
 */
@IntegrationTest
abstract class RequestRecordsIntegrationTests {

    private static final String HANDLE = "record-check";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    DataSource dataSource;

    Api api;
    TableRows rows;
    Registered member;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        rows = new TableRows(dataSource);
        member = members.create("Rita Record", "de");
    }

    static Stream<Arguments> newMembers() {
        return Stream.of(
                Arguments.of("{\"name\": \"Rita\", \"language\": \"de\"}", "handle is missing"),
                Arguments.of(member("\"handle\": \"-rita\""), "handle '-rita' is not valid"),
                Arguments.of(member("\"handle\": \"r\""), "handle 'r' is not valid"),
                Arguments.of(member("\"name\": \"  \""), "name is missing"),
                Arguments.of(member("\"name\": \"" + "n".repeat(201) + "\""), "name is longer than 200 characters"),
                Arguments.of(member("\"language\": null"), "language is missing: use 'de' or 'en'"),
                Arguments.of(member("\"language\": \"fr\""), "language 'fr' is not supported: use 'de' or 'en'"),
                Arguments.of(member("\"headline\": \"" + "h".repeat(301) + "\""), "headline is longer than 300"),
                Arguments.of(member("\"about\": \"" + "a".repeat(20_001) + "\""), "about is longer than 20000"),
                Arguments.of(member("\"offers\": " + terms(51)), "offers has more than 50 entries"),
                Arguments.of(member("\"seeks\": [\"Steuern\", \" \"]"), "seeks[1] is an empty entry"),
                Arguments.of(member("\"interests\": [\"" + "i".repeat(201) + "\"]"), "interests[0] is longer than 200"),
                Arguments.of(member("\"groups\": [null]"), "groups[0] is an empty entry"),
                Arguments.of(member("\"company\": \"" + "c".repeat(201) + "\""), "company is longer than 200"),
                Arguments.of(member("\"email\": \"rita-at-example\""), "email 'rita-at-example' is not an e-mail"),
                Arguments.of(member("\"email\": \"rita@" + "e".repeat(320) + ".de\""), "email is longer than 320"));
    }

    @ParameterizedTest
    @MethodSource("newMembers")
    void aNewMemberIsRefusedNamingTheField(String body, String detail) throws Exception {
        refused(() -> api.post(Api.OPERATOR, "/members", body), detail);
    }

    static Stream<Arguments> profileChanges() {
        return Stream.of(
                Arguments.of("{\"language\": \"de\"}", "name is missing"),
                Arguments.of("{\"name\": \"Rita\", \"language\": \"xx\"}", "language 'xx' is not supported"),
                Arguments.of(
                        "{\"name\": \"Rita\", \"language\": \"de\", \"groups\": " + terms(51) + "}",
                        "groups has more than 50 entries"));
    }

    @ParameterizedTest
    @MethodSource("profileChanges")
    void aProfileChangeIsRefusedNamingTheField(String body, String detail) throws Exception {
        refused(() -> api.put(member.token(), "/me", body), detail);
        api.get(member.token(), "/me").andExpect(jsonPath("$.name").value("Rita Record"));
    }

    static Stream<Arguments> newRequests() {
        return Stream.of(
                Arguments.of("{\"message\": \"Guten Tag\"}", "recipient is missing: give the id of the member"),
                Arguments.of("{\"recipient\": \" \", \"message\": \"Guten Tag\"}", "recipient is missing"));
    }

    @ParameterizedTest
    @MethodSource("newRequests")
    void aNewRequestOrADraftIsRefusedNamingTheRecipient(String body, String detail) throws Exception {
        refused(() -> api.post(member.token(), "/requests", body), detail);
        refused(() -> api.post(member.token(), "/requests/coach", body), detail);
    }

    static Stream<Arguments> newMessages() {
        return Stream.of(
                Arguments.of("{}", "body is missing: write the message's text"),
                Arguments.of("{\"body\": \"  \"}", "body is missing"));
    }

    @ParameterizedTest
    @MethodSource("newMessages")
    void aNewMessageIsRefusedNamingTheBody(String body, String detail) throws Exception {
        refused(() -> api.post(member.token(), "/requests/req_unknown/messages", body), detail);
    }

    static Stream<Arguments> decisions() {
        return Stream.of(
                Arguments.of("/decision", "{}", "action must say \"accept\" or \"decline\""),
                Arguments.of("/decision", "{\"action\": \"maybe\"}", "action must say"),
                Arguments.of("/report", "{}", "reason must say \"unknown_person\" or \"spam\""),
                Arguments.of("/report", "{\"reason\": \"rude\"}", "reason must say"));
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void aDecisionOrAReportIsRefusedNamingTheWord(String path, String body, String detail) throws Exception {
        refused(() -> api.post(member.token(), "/requests/req_unknown" + path, body), detail);
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("/inbox?limit=0", "limit lies between 1 and 200"),
                Arguments.of("/inbox?limit=201", "limit lies between 1 and 200"),
                Arguments.of("/inbox?offset=-1", "offset is at least 0"),
                Arguments.of("/senders?limit=0", "limit lies between 1 and 100"),
                Arguments.of("/senders?limit=101", "limit lies between 1 and 100"));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void aPageOutOfRangeIsRefusedNamingTheParameter(String path, String detail) throws Exception {
        String token = path.startsWith("/senders") ? Api.OPERATOR : member.token();
        refused(() -> api.get(token, path), detail);
    }

    static Stream<Arguments> newMeetings() {
        return Stream.of(
                Arguments.of("{\"at\": \"2026-01-05T10:00:00Z\"}", "with is missing: say whom you met"),
                Arguments.of("{\"with\": \"m_other\", \"at\": \"yesterday\"}", "at must be an ISO-8601 date-time"),
                Arguments.of("{\"with\": \"m_other\", \"at\": \"1899-12-31\"}", "between the years 1900 and 9999"));
    }

    @ParameterizedTest
    @MethodSource("newMeetings")
    void aNewMeetingIsRefusedNamingTheField(String body, String detail) throws Exception {
        refused(() -> api.post(member.token(), "/meetings", body), detail);
    }

    static Stream<Arguments> attendanceLists() {
        return Stream.of(
                Arguments.of("{}", "members is missing: give the attendance list"),
                Arguments.of(
                        "{\"members\": [" + String.join(",", Collections.nCopies(2001, "\"m_x\"")) + "]}",
                        "members has at most 2000 members"));
    }

    @ParameterizedTest
    @MethodSource("attendanceLists")
    void anAttendanceListIsRefusedNamingTheMembers(String body, String detail) throws Exception {
        refused(() -> api.put(Api.OPERATOR, "/events/ev_unknown/attendance", body), detail);
    }

    static Stream<Arguments> newEvents() {
        return Stream.of(
                Arguments.of(event("\"title\": \" \""), "title is missing"),
                Arguments.of(event("\"title\": \"" + "t".repeat(301) + "\""), "title has at most 300 characters"),
                Arguments.of(event("\"startsAt\": null"), "startsAt is missing: e.g. 2026-03-12T18:00:00+01:00"),
                Arguments.of(event("\"startsAt\": \"soon\""), "startsAt must be an ISO-8601 date-time"),
                Arguments.of(event("\"endsAt\": \"later\""), "endsAt must be an ISO-8601 date-time"),
                Arguments.of(event("\"location\": \"" + "l".repeat(301) + "\""), "location has at most 300"));
    }

    @ParameterizedTest
    @MethodSource("newEvents")
    void aNewEventIsRefusedNamingTheField(String body, String detail) throws Exception {
        refused(() -> api.post(Api.OPERATOR, "/events", body), detail);
    }

    static Stream<Arguments> smallRecords() {
        return Stream.of(
                Arguments.of("/blocks", "{}", "memberId is missing: give the id of the member to block"),
                Arguments.of("/contacts/questions/q_unknown/answer", "{}", "answer is missing: write your answer"),
                Arguments.of(
                        "/contacts/questions/q_unknown/answer",
                        "{\"answer\": \"" + "a".repeat(5001) + "\"}",
                        "answer has at most 5000 characters"),
                Arguments.of("/tokens", "{\"expiresAt\": \"tomorrow\"}", "expiresAt must be an ISO-8601 date-time"),
                Arguments.of("/tokens", "{\"name\": \"" + "n".repeat(101) + "\"}", "name has at most 100 characters"),
                Arguments.of(
                        "/tokens", "{\"name\": \"laptop\\u0007\\u0007 at home\"}", "name has no control characters"));
    }

    @ParameterizedTest
    @MethodSource("smallRecords")
    void aBlockAnAnswerOrATokenIsRefusedNamingTheField(String path, String body, String detail) throws Exception {
        refused(() -> api.post(member.token(), path, body), detail);
    }

    @ParameterizedTest
    @MethodSource("operatorDecisions")
    void anOperatorsDecisionIsRefusedNamingTheReason(String body, String detail) throws Exception {
        refused(() -> api.post(Api.OPERATOR, "/operator/senders/" + member.id() + "/warn", body), detail);
    }

    static Stream<Arguments> operatorDecisions() {
        return Stream.of(
                Arguments.of("{\"reason\": \"" + "r".repeat(501) + "\"}", "reason has at most 500 characters"));
    }

    static Stream<Arguments> newWebhooks() {
        return Stream.of(
                Arguments.of("{}", "url is missing: give the webhook's http or https address"),
                Arguments.of(
                        "{\"url\": \"https://example.org/" + "w".repeat(2000) + "\"}",
                        "url has at most 2000 characters"));
    }

    @ParameterizedTest
    @MethodSource("newWebhooks")
    void aNewWebhookIsRefusedNamingTheUrl(String body, String detail) throws Exception {
        refused(() -> api.post(Api.OPERATOR, "/webhooks", body), detail);
    }

    static Stream<Arguments> templateChanges() {
        String change = "{\"purpose\": \"clarify_empty\", \"language\": \"de\", \"body\": \"Worum geht es?\"}";
        return Stream.of(
                Arguments.of("{}", "templates is missing: list the templates to change"),
                Arguments.of("{\"templates\": []}", "templates is missing"),
                Arguments.of(
                        "{\"templates\": [" + String.join(",", Collections.nCopies(21, change)) + "]}",
                        "templates has at most 20 changes at once"),
                Arguments.of("{\"templates\": [null]}", "templates[0] is not a template change"),
                Arguments.of(
                        "{\"templates\": [" + change + ", " + change.replace("\"de\"", "\"fr\"") + "]}",
                        "templates[1].language 'fr' is not supported: use 'de' or 'en'"),
                Arguments.of(
                        "{\"templates\": [" + change.replace("\"language\": \"de\", ", "") + "]}",
                        "templates[0].language is missing: 'de' or 'en'"));
    }

    @ParameterizedTest
    @MethodSource("templateChanges")
    void aTemplateChangeIsRefusedNamingTheField(String body, String detail) throws Exception {
        refused(() -> api.put(member.token(), "/templates", body), detail);
    }

    private interface Call {
        ResultActions perform() throws Exception;
    }

    private void refused(Call call, String detail) throws Exception {
        var before = rows.count();
        call.perform()
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString(detail)));
        assertThat(TableRows.changed(before, rows.count())).as("rows changed").isEmpty();
    }

    /** A valid registration with one field replaced (JSON keeps the last of two equal keys). */
    private static String member(String field) {
        return """
                {"handle": "%s", "name": "Rita Record", "language": "de", %s}""".formatted(TestMembers.uniqueHandle(HANDLE), field);
    }

    private static String event(String field) {
        return """
                {"title": "Netzwerkabend", "startsAt": "2099-03-12T19:00:00+01:00", "location": "Hamburg", %s}""".formatted(field);
    }

    private static String terms(int count) {
        var terms = Stream.iterate(1, i -> i + 1).limit(count).map(i -> "\"term " + i + "\"");
        return "[" + String.join(",", terms.toList()) + "]";
    }
}
