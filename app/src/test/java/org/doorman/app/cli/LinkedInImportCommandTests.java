package org.doorman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.doorman.app.imports.TestExport;
import org.doorman.app.testing.Databases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@code doorman import linkedin}: keeps the findings for a member once, refuses a broken export whole. */
class LinkedInImportCommandTests {

    @TempDir
    Path dir;

    String url;
    JdbcClient jdbc;

    @BeforeEach
    void databaseWithLena() {
        url = Databases.freshSqliteUrl();
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc = JdbcClient.create(new DriverManagerDataSource(url));
        jdbc.sql(
                        "INSERT INTO members (id, handle, name, language, created_at) VALUES ('m_lena', 'lena', 'Lena', 'de', 0)")
                .update();
    }

    @Test
    void keepsTheFindingsForTheMemberAndImportingAgainChangesNothing() {
        assertThat(Doorman.run(
                        "import", "linkedin", TestExport.folder().toString(), "--member", "lena", "--database", url))
                .isZero();
        var first = snapshot();

        assertThat(Doorman.run("import", "linkedin", zip().toString(), "--member", "lena", "--database", url))
                .isZero();

        assertThat(first).startsWith("1 3 3 ");
        assertThat(snapshot()).isEqualTo(first);
    }

    @Test
    void refusesABrokenZipAndKeepsNothing() throws Exception {
        var bytes = Files.readAllBytes(zip());
        var broken = Files.write(dir.resolve("broken.zip"), Arrays.copyOf(bytes, bytes.length - 40));
        var err = new ByteArrayOutputStream();
        var stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Doorman.run("import", "linkedin", broken.toString(), "--member", "lena", "--database", url);
        } finally {
            System.setErr(stderr);
        }

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("import refused, nothing kept", "broken ZIP file");
        assertThat(snapshot()).startsWith("0 0 0 ");
    }

    @Test
    void refusesAForeignZipAndAnUnknownMember() throws Exception {
        var foreign = dir.resolve("photos.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(foreign))) {
            out.putNextEntry(new ZipEntry("IMG_0001.jpg"));
            out.write(new byte[] {1, 2, 3});
        }

        assertThat(Doorman.run("import", "linkedin", foreign.toString(), "--member", "lena", "--database", url))
                .isEqualTo(1);
        assertThat(Doorman.run(
                        "import", "linkedin", TestExport.folder().toString(), "--member", "nobody", "--database", url))
                .isEqualTo(1);
        assertThat(snapshot()).startsWith("0 0 0 ");
    }

    @Test
    void withoutAMemberWritesTheReportOnlyAsCsvOrJson() throws Exception {
        var csv = dir.resolve("report.csv");
        var json = dir.resolve("report.json");

        assertThat(Doorman.run(
                        "import",
                        "linkedin",
                        TestExport.folder().toString(),
                        "--report",
                        "csv",
                        "--out",
                        csv.toString()))
                .isZero();
        assertThat(Doorman.run("import", "linkedin", zip().toString(), "--report=json", "--out=" + json))
                .isZero();

        assertThat(Files.readAllLines(csv))
                .first()
                .isEqualTo("finding,name,profile_url,date,category,confidence,action,rule,score,reasons");
        assertThat(Files.readString(csv))
                .contains("pending_invitation,Rick Sellers", "prune_connection,Tobias Brandt")
                .contains("never answered your question; no message for more than a year");
        assertThat(Files.readString(json))
                .contains("\"pendingInvitations\"", "\"no_message\"", "\"owner\" : \"Lena Hartmann\"");
        assertThat(snapshot()).startsWith("0 0 0 ");
    }

    private Path zip() {
        var zip = dir.resolve("Basic_LinkedInDataExport.zip");
        if (Files.exists(zip)) {
            return zip;
        }
        try (var out = new ZipOutputStream(Files.newOutputStream(zip));
                var files = Files.list(TestExport.folder())) {
            for (var file : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry("export/" + file.getFileName()));
                out.write(Files.readAllBytes(file));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return zip;
    }

    /** The row counts of the three tables and the time of the import. */
    private String snapshot() {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM linkedin_imports) || ' ' || (SELECT COUNT(*) FROM linkedin_invitations)
                               || ' ' || (SELECT COUNT(*) FROM linkedin_connections) || ' '
                               || COALESCE((SELECT MAX(imported_at) FROM linkedin_imports), 0)""").query(String.class).single();
    }
}
