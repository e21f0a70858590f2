package org.doorman.app.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An installation upgraded to the newcomers' queue (V53) loses nobody: the members with an address and no schedule,
 * whom the digest's old sweep would have found, wait in the queue.
 */
abstract class DigestNewcomersMigrationTests {

    /** A JDBC URL of a new, empty database. */
    abstract String freshDatabase();

    @Test
    void membersWithAnAddressAndNoScheduleWaitAfterTheUpgrade() throws SQLException {
        String url = freshDatabase();
        migrate(url, "52?"); // the version before the queue, whether or not V52 exists
        try (var connection = DriverManager.getConnection(url);
                var statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO members (id, handle, name, language, email, created_at) VALUES
                        ('m_given', 'given', 'Eva Schulz', 'de', 'eva@example.org', 1000),
                        ('m_chose', 'chose', 'Ole Sand', 'de', 'ole@example.org', 2000),
                        ('m_none', 'none', 'Max Klein', 'de', NULL, 3000)""");
            statement.executeUpdate("""
                    INSERT INTO digest_settings (member_id, frequency, local_time, time_zone, weekday, attempts,
                                                 updated_at)
                    VALUES ('m_chose', 'never', '08:00', 'Europe/Berlin', 'monday', 0, 2000)""");
        }

        migrate(url, "latest");

        try (var connection = DriverManager.getConnection(url);
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT member_id, since FROM digest_newcomers")) {
            var waiting = new ArrayList<String>();
            while (rows.next()) {
                waiting.add(rows.getString("member_id") + " since " + rows.getLong("since"));
            }
            assertThat(waiting).isEqualTo(List.of("m_given since 1000"));
        }
    }

    private static void migrate(String url, String target) {
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }
}
