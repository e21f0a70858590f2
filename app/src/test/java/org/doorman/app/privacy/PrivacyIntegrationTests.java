package org.doorman.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.doorman.app.imports.Imports;
import org.doorman.app.members.CurrentMember;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Profile;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.IntegrationTest;
import org.doorman.app.testing.TestMembers;
import org.doorman.app.webhooks.OutboxRelay;
import org.doorman.batch.linkedin.ImportResult;
import org.doorman.batch.linkedin.PruneReason;
import org.doorman.batch.linkedin.PruningCandidate;
import org.doorman.batch.linkedin.ScreenedInvitation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** The member's data taken away (export) and erased, by the member or the operator, over the API and the web app. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
abstract class PrivacyIntegrationTests {

    static final String CONCRETE = "Guten Tag Frau Berg, in Ihrem Profil steht, dass Sie Existenzgründer beraten. Ich"
            + " mache mich im Januar als Fotograf selbständig und brauche jemanden für die Buchhaltung und die erste"
            + " Steuererklärung. Könnten wir nächste Woche telefonieren? ";
    static final String VAGUE = "Hallo, ich sehe großes Potenzial für eine Win-Win-Situation zwischen uns. Lass"
            + " uns connecten und gemeinsam wachsen! ";

    @Autowired
    OutboxRelay relay;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Imports imports;

    @Autowired
    TransactionTemplate transactions;

    Registered dana;
    Registered jonas;

    /** A person whose every trace a test looks for: a unique name, handle, e-mail and phrase. */
    record Person(Registered member, String name, String email, String phrase) {}

    @BeforeEach
    void members() {
        dana = registration.register(new NewMember(
                TestMembers.uniqueHandle("Dana Berg"),
                new Profile(
                        "Dana Berg",
                        "de",
                        "Steuerberaterin für Freiberufler",
                        "Ich berate Freiberufler und kleine Agenturen in Hamburg zu Steuern und Buchhaltung.",
                        List.of("Steuerberatung für Freiberufler", "Buchhaltung", "Existenzgründungsberatung"),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null),
                TestMembers.PASSWORD));
        jonas = registration.register(NewMember.of(TestMembers.uniqueHandle("Jonas Weber"), "Jonas Weber", "de"));
    }

    Person person() {
        // a UUID may hold fewer than six of a-f
        String tag = (UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "abcdef").substring(0, 6);
        String name = "Zora Quill" + tag;
        String email = "zora." + tag + "@example.org";
        String phrase = "Marmeladenglas" + tag;
        var member = registration.register(new NewMember(
                TestMembers.uniqueHandle(name),
                new Profile(
                        name,
                        "de",
                        "Fotografin " + phrase,
                        "Über mich: " + phrase,
                        List.of("Fotografie"),
                        List.of("Buchhaltung"),
                        List.of(),
                        List.of(),
                        null,
                        email),
                TestMembers.PASSWORD));
        return new Person(member, name, email, phrase);
    }

    ResultActions call(MockHttpServletRequestBuilder request, Registered who, String json) throws Exception {
        if (who != null) {
            request.header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(who.token()));
        }
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    String send(Registered sender, Registered recipient, String message) throws Exception {
        String body = call(
                        post("/api/v1/requests"),
                        sender,
                        "{\"recipient\": \"" + recipient.id() + "\", \"message\": \"" + message + "\"}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    static Map<String, String> unzip(byte[] zip) throws Exception {
        var files = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** Every table the database's catalogue lists, every value of every row, with the needles found in it. */
    List<String> traces(String... needles) throws SQLException {
        var tables = new ArrayList<String>();
        try (var connection = dataSource.getConnection();
                var found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String schema = found.getString("TABLE_SCHEM");
                if (schema == null || schema.equals("public")) {
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
        }
        assertThat(tables).contains("members", "contact_requests", "audit_trail", "outbox", "digest_settings");
        var traces = new ArrayList<String>();
        for (String table : tables) {
            for (var row : jdbc.sql("SELECT * FROM " + table).query().listOfRows()) {
                for (var column : row.entrySet()) {
                    String value = String.valueOf(column.getValue()).toLowerCase(Locale.ROOT);
                    for (String needle : needles) {
                        if (value.contains(needle.toLowerCase(Locale.ROOT))) {
                            traces.add(table + "." + column.getKey() + " holds " + needle);
                        }
                    }
                }
            }
        }
        return traces;
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void answersAZipOfJsonFilesWithTheMembersOwnDataAndAReadme() throws Exception {
        var zora = person();
        String received = send(jonas, zora.member(), VAGUE + zora.phrase());
        String sent = send(zora.member(), dana, CONCRETE);

        var response = call(get("/api/v1/me/export"), zora.member(), null)
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andReturn()
                .getResponse();
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment", ".zip");
        var files = unzip(response.getContentAsByteArray());

        assertThat(files)
                .containsOnlyKeys(
                        "README.txt",
                        "profile.json",
                        "strategy.json",
                        "templates.json",
                        "requests-received.json",
                        "requests-sent.json",
                        "contacts.json",
                        "meetings.json",
                        "tasks.json",
                        "audit-trail.json",
                        "linkedin-import.json");
        assertThat(files.get("README.txt")).contains("requests-received.json", "audit-trail.json");
        assertThat(files.get("profile.json")).contains(zora.name(), zora.email(), zora.phrase());
        assertThat((String) JsonPath.read(files.get("requests-received.json"), "$[0].id"))
                .isEqualTo(received);
        assertThat((String) JsonPath.read(files.get("requests-received.json"), "$[0].senderName"))
                .isEqualTo("Jonas Weber");
        assertThat((String) JsonPath.read(files.get("requests-received.json"), "$[0].message"))
                .contains(zora.phrase());
        assertThat(files.get("requests-received.json")).contains("\"signals\"", "\"messages\"", "\"category\"");
        assertThat((String) JsonPath.read(files.get("requests-sent.json"), "$[0].id"))
                .isEqualTo(sent);
        assertThat((String) JsonPath.read(files.get("requests-sent.json"), "$[0].state"))
                .isIn("pending", "accepted");
        assertThat(files.get("requests-sent.json"))
                .as("a requester sees no screening")
                .doesNotContain("category", "signals", "declined", "concrete_need");
        assertThat(files.get("audit-trail.json")).contains("screened");
        assertThat(files.get("linkedin-import.json")).isEqualTo("null");
    }

    @Test
    void theExportHoldsEveryFileItsReadmeListsAndNoOther() throws Exception {
        var zora = person();

        var files = unzip(call(get("/api/v1/me/export"), zora.member(), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());

        assertThat(files.keySet()).containsExactlyElementsOf(MemberExportTests.inReadme(files.get("README.txt")));
    }

    @Test
    void theExportHoldsTheMembersLinkedInImport() throws Exception {
        var zora = person();
        keepLinkedInImport(zora);

        var zip = call(get("/api/v1/me/export"), zora.member(), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var files = unzip(zip);

        assertThat((String) JsonPath.read(files.get("linkedin-import.json"), "$.owner"))
                .isEqualTo(zora.name());
        assertThat((String) JsonPath.read(files.get("linkedin-import.json"), "$.pendingInvitations[0].message"))
                .contains(zora.phrase());
        assertThat(files.get("README.txt")).contains("linkedin-import.json");
    }

    /** A LinkedIn import whose every table holds the person's name or phrase. */
    void keepLinkedInImport(Person person) {
        var invitation = new ScreenedInvitation(
                "incoming:linkedin.com/in/x@0",
                "Rick Sellers",
                "https://www.linkedin.com/in/rick-sellers-example",
                Optional.empty(),
                "Hallo " + person.name() + ", " + person.phrase(),
                "sales_pitch",
                0.9,
                "decline",
                "sales",
                "sales pitch -> decline",
                "");
        var candidate = new PruningCandidate(
                "linkedin.com/in/y",
                "Tobias " + person.phrase(),
                "https://www.linkedin.com/in/tobias-brandt-example",
                "",
                "",
                Optional.empty(),
                3,
                List.of(PruneReason.NO_MESSAGE));
        var result = new ImportResult(person.name(), 1, 1, 0, List.of(invitation), List.of(candidate));
        transactions.executeWithoutResult(
                status -> imports.keep(person.member().memberId(), result, Instant.parse("2026-03-02T09:00:00Z")));
    }

    @Test
    void answersOnlyWithAToken() throws Exception {
        call(get("/api/v1/me/export"), null, null).andExpect(status().isUnauthorized());
    }

    @Test
    void leavesNoTraceOfTheMembersNameHandleEmailOrTextInAnyTable(CapturedOutput log) throws Exception {
        var zora = person();
        var lea = registration.register(NewMember.of(TestMembers.uniqueHandle("Lea Vogt"), "Lea Vogt", "de"));
        // A webhook that cannot be reached keeps its events in the outbox, names and texts included.
        String hook = "wh_p_" + UUID.randomUUID().toString().substring(0, 30);
        jdbc.sql("INSERT INTO webhooks (id, url, secret, created_at) VALUES (?, 'http://127.0.0.1:9/', 's', 0)")
                .param(hook)
                .update();
        try {
            eraseAndLookEverywhere(zora, lea, hook, log);
        } finally {
            jdbc.sql("DELETE FROM webhooks WHERE id = ?").param(hook).update();
            jdbc.sql("DELETE FROM outbox WHERE target = ?").param(hook).update();
        }
    }

    void eraseAndLookEverywhere(Person zora, Registered lea, String hook, CapturedOutput log) throws Exception {
        keepLinkedInImport(zora);
        String accepted = send(zora.member(), dana, CONCRETE + zora.phrase() + " " + zora.name());
        String open = send(zora.member(), lea, VAGUE + zora.phrase());
        String received = send(jonas, zora.member(), VAGUE + "für " + zora.name());
        call(
                        post("/api/v1/meetings"),
                        dana,
                        "{\"with\": \"" + zora.member().id() + "\", \"at\": \"2026-03-01T10:00:00Z\"}")
                .andExpect(status().isCreated());
        call(get("/api/v1/members/" + dana.id()), zora.member(), null).andExpect(status().isOk());
        relay.deliverDue(); // the events fanned out to the unreachable hook: deliveries wait in the outbox
        assertThat(traces(zora.name(), zora.member().handle(), zora.email(), zora.phrase()))
                .anyMatch(trace -> trace.startsWith("outbox."))
                .anyMatch(trace -> trace.startsWith("webhook_events."))
                .anyMatch(trace -> trace.startsWith("request_messages."))
                .anyMatch(trace -> trace.startsWith("follow_up_tasks."))
                .anyMatch(trace -> trace.startsWith("linkedin_imports."))
                .anyMatch(trace -> trace.startsWith("linkedin_invitations."))
                .anyMatch(trace -> trace.startsWith("linkedin_connections."));
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE target = ?", hook)).isPositive();
        long danasAudit = count("SELECT COUNT(*) FROM audit_trail WHERE request_id = ?", accepted);

        call(delete("/api/v1/me"), zora.member(), "{\"confirm\": true}").andExpect(status().isNoContent());

        assertThat(traces(zora.name(), zora.member().handle(), zora.email(), zora.phrase()))
                .isEmpty();
        call(get("/api/v1/inbox"), zora.member(), null).andExpect(status().isUnauthorized());
        call(get("/api/v1/requests/" + accepted), dana, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sender.name").value("a former member"))
                .andExpect(jsonPath("$.state").value("accepted"));
        assertThat(count("SELECT COUNT(*) FROM audit_trail WHERE request_id = ?", accepted))
                .as("the decisions stay")
                .isEqualTo(danasAudit);
        call(get("/api/v1/requests/" + open), lea, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("declined"));
        assertThat(count("SELECT COUNT(*) FROM contact_requests WHERE id = ?", received))
                .as("what the member received is gone")
                .isZero();
        call(get("/api/v1/requests/" + received), jonas, null).andExpect(status().isNotFound());
        assertThat(log.getAll())
                .contains("Erased a member at their own request")
                .doesNotContain(zora.member().id());
    }

    @Test
    void withAWrongPasswordOrWithoutConfirmationErasesNothing() throws Exception {
        var zora = person();
        call(delete("/api/v1/me"), zora.member(), "{\"password\": \"wrong\"}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(delete("/api/v1/me"), zora.member(), "{\"confirm\": false}").andExpect(status().isBadRequest());
        call(delete("/api/v1/me"), zora.member(), null).andExpect(status().isBadRequest());
        assertThat(count(
                        "SELECT COUNT(*) FROM members WHERE id = ?",
                        zora.member().id()))
                .isEqualTo(1);

        call(delete("/api/v1/me"), zora.member(), "{\"password\": \"" + TestMembers.PASSWORD + "\"}")
                .andExpect(status().isNoContent());
        assertThat(count(
                        "SELECT COUNT(*) FROM members WHERE id = ?",
                        zora.member().id()))
                .isZero();
    }

    @Test
    void erasesAMemberWithTheOperatorTokenOnlyAndLogsNoPersonalData(CapturedOutput log) throws Exception {
        var zora = person();
        send(zora.member(), dana, CONCRETE);
        call(delete("/api/v1/members/" + zora.member().id()), jonas, null).andExpect(status().isForbidden());

        mvc.perform(delete("/api/v1/members/" + zora.member().id())
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(TestMembers.ADMIN_TOKEN)))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/members/" + zora.member().id())
                        .header(HttpHeaders.AUTHORIZATION, TestMembers.bearer(TestMembers.ADMIN_TOKEN)))
                .andExpect(status().isNotFound());

        assertThat(traces(zora.name(), zora.member().handle(), zora.email(), zora.phrase()))
                .isEmpty();
        assertThat(log.getAll())
                .contains("Erased a member by the operator")
                .doesNotContain(zora.member().id(), zora.name());
    }

    UsernamePasswordAuthenticationToken signedIn(Person person) {
        var me = new CurrentMember(person.member().id(), person.member().handle(), person.name(), "de");
        return UsernamePasswordAuthenticationToken.authenticated(
                me, null, List.of(new SimpleGrantedAuthority("ROLE_MEMBER")));
    }

    @Test
    void offersTheExportAndErasesWithThePasswordAgain() throws Exception {
        var zora = person();
        mvc.perform(get("/privacy").with(authentication(signedIn(zora))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/privacy/export")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("_csrf")));
        var zip = mvc.perform(get("/privacy/export").with(authentication(signedIn(zora))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(unzip(zip).get("profile.json")).contains(zora.email());

        mvc.perform(post("/privacy/erase")
                        .param("password", "wrong")
                        .with(authentication(signedIn(zora)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/privacy?wrongPassword"));
        mvc.perform(post("/privacy/erase")
                        .param("password", TestMembers.PASSWORD)
                        .with(authentication(signedIn(zora))))
                .andExpect(status().isForbidden());
        assertThat(count(
                        "SELECT COUNT(*) FROM members WHERE id = ?",
                        zora.member().id()))
                .isEqualTo(1);

        mvc.perform(post("/privacy/erase")
                        .param("password", TestMembers.PASSWORD)
                        .with(authentication(signedIn(zora)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/?erased"));
        assertThat(count(
                        "SELECT COUNT(*) FROM members WHERE id = ?",
                        zora.member().id()))
                .isZero();
    }
}
