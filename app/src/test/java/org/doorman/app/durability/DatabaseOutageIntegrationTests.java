package org.doorman.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database goes away for a while under a running Doorman (how is up to the subclass): writes answer 503 with
 * {@code Retry-After} as a problem, nothing of them is stored, and once the database is back the next write succeeds
 * without a restart.
 */
abstract class DatabaseOutageIntegrationTests {

    @TempDir
    Path directory;

    /** Starts the test's database; answers the URL Doorman connects to. */
    abstract String databaseUrlForDoorman();

    /** The URL the test itself reads the rows with, past any outage. */
    abstract String databaseUrlForTheTest();

    /** Extra Spring arguments for Doorman. */
    abstract List<String> settings();

    abstract void beginOutage() throws Exception;

    abstract void endOutage() throws Exception;

    /** Whether health reports the outage (a database that cannot be reached) or not (one that is only busy). */
    abstract boolean healthSeesTheOutage();

    @Test
    void writesDuringAnOutageAnswer503WithRetryAfterStoreNothingAndTheServiceRecoversByItself() throws Exception {
        try (var doorman = DoormanProcess.start(databaseUrlForDoorman(), directory, settings())) {
            var api = new Api(doorman);
            var recipient = register(api, "Dana Outage");
            var before = register(api, "Sender Before");
            var during = register(api, "Sender During");
            var after = register(api, "Sender After");
            var first = api.post("/requests", before.get(1), request(recipient, "Vor dem Ausfall"));
            assertThat(first.status()).as(first.body()).isEqualTo(201);

            beginOutage();
            var refused = List.of(
                    api.post("/requests", during.get(1), request(recipient, "Waehrend des Ausfalls")),
                    api.post(
                            "/requests/" + first.text("id") + "/messages",
                            before.get(1),
                            Map.of("body", "Nachricht waehrend des Ausfalls")));
            for (var answer : refused) {
                assertThat(answer.status())
                        .as("%s\n%s", answer.body(), doorman.output())
                        .isEqualTo(503);
                assertThat(answer.retryAfter()).isPresent();
                assertThat(answer.contentType())
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(answer.body()).doesNotContainIgnoringCase("sql").doesNotContain("Exception", "org.");
            }
            assertThat(doorman.health().status()).isEqualTo(healthSeesTheOutage() ? 503 : 200);
            endOutage();

            KillUnderLoadIntegrationTests.await(
                    () -> doorman.health().status() == 200,
                    Duration.ofSeconds(30),
                    () -> "health after the outage:\n" + doorman.output());
            var next = api.post("/requests", after.get(1), request(recipient, "Nach dem Ausfall"));
            assertThat(next.status())
                    .as("%s\n%s", next.body(), doorman.output())
                    .isEqualTo(201);
        }
        var database = JdbcClient.create(new DriverManagerDataSource(databaseUrlForTheTest()));
        assertThat(KillUnderLoadIntegrationTests.count(
                        database,
                        "SELECT (SELECT COUNT(*) FROM contact_requests WHERE message LIKE '%des Ausfalls%')"
                                + " + (SELECT COUNT(*) FROM request_messages WHERE body LIKE '%des Ausfalls%')"))
                .as("nothing of the refused writes was stored")
                .isZero();
        assertThat(KillUnderLoadIntegrationTests.count(
                        database,
                        "SELECT COUNT(*) FROM contact_requests WHERE message LIKE 'Vor dem Ausfall%'"
                                + " OR message LIKE 'Nach dem Ausfall%'"))
                .as("the writes before and after were stored")
                .isEqualTo(2);
    }

    private static Map<String, String> request(List<String> recipient, String message) {
        return Map.of("recipient", recipient.get(0), "message", message + ": ich suche einen Austausch zu Vertrieb.");
    }

    private static List<String> register(Api api, String name) {
        var answer = api.post(
                "/members",
                DoormanProcess.ADMIN_TOKEN,
                Map.of(
                        "handle",
                        org.doorman.app.testing.TestMembers.uniqueHandle(name),
                        "name",
                        name,
                        "language",
                        "de"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return List.of(answer.text("id"), answer.text("token"));
    }
}
