package org.doorman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorman.app.testing.Databases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doorman backup} copies a SQLite database consistently while it is written to; {@code restore} puts it back. */
class BackupCommandTests {

    @TempDir
    Path directory;

    @Test
    void aBackupTakenUnderLoadIsIntactAndRestoresInPlaceOfTheDatabase() throws Exception {
        String url = Databases.freshSqliteUrl();
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        var writing = new AtomicBoolean(true);
        var written = new AtomicInteger();
        var writer = Thread.ofPlatform().start(() -> {
            try (var connection = DriverManager.getConnection(url + "&busy_timeout=30000");
                    var insert = connection.prepareStatement(
                            "INSERT INTO members (id, handle, name, language, created_at) VALUES (?, ?, ?, 'de', 0)")) {
                while (writing.get()) {
                    int n = written.incrementAndGet();
                    insert.setString(1, "m_" + n);
                    insert.setString(2, "h" + n);
                    insert.setString(3, "Member " + n);
                    insert.executeUpdate();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (written.get() < 200) {
            Thread.sleep(5);
        }
        Path backup = directory.resolve("doorman-backup.db");

        int status = Doorman.run("backup", backup.toString(), "--database=" + url);
        int atBackup = written.get();
        writing.set(false);
        writer.join();

        assertThat(status).isZero();
        long inBackup = count("jdbc:sqlite:" + backup, "SELECT COUNT(*) FROM members");
        assertThat(inBackup).isBetween(200L, (long) atBackup);
        assertThat(Doorman.run("backup", backup.toString(), "--database=" + url))
                .as("a backup never overwrites a file")
                .isEqualTo(1);

        String restoredUrl = "jdbc:sqlite:" + directory.resolve("restored/doorman.db");
        assertThat(Doorman.run("restore", backup.toString(), "--database=" + restoredUrl))
                .isZero();
        assertThat(count(restoredUrl, "SELECT COUNT(*) FROM members")).isEqualTo(inBackup);
        assertThat(count(restoredUrl, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1"))
                .isPositive();
    }

    @Test
    void restoreRefusesAFileThatIsNoDoormanDatabase() throws Exception {
        Path junk = Files.writeString(directory.resolve("junk.db"), "not a database");

        assertThat(Doorman.run("restore", junk.toString(), "--database=jdbc:sqlite:" + directory.resolve("x.db")))
                .isEqualTo(1);
        assertThat(directory.resolve("x.db")).doesNotExist();
        assertThat(Doorman.run("backup", directory.resolve("b.db").toString(), "--database=jdbc:postgresql://h/db"))
                .as("PostgreSQL is backed up with pg_dump")
                .isEqualTo(1);
    }

    private static long count(String url, String sql) throws Exception {
        try (var connection = DriverManager.getConnection(url);
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
