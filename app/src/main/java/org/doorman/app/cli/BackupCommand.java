package org.doorman.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.doorman.app.storage.SqliteBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code doorman backup FILE}: a consistent copy of the SQLite database, taken while the server runs. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = "Copies the SQLite database to FILE while the server runs (one consistent snapshot,"
                + " VACUUM INTO). For PostgreSQL use pg_dump.")
final class BackupCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Where the backup goes; must not exist yet.")
    Path target;

    @Option(
            names = "--database",
            description = "The database's JDBC URL; default: spring.datasource.url or SPRING_DATASOURCE_URL, else"
                    + " the default file ./data/doorman.db.")
    String database;

    @Override
    public Integer call() {
        String url = DatabaseUrl.of(database);
        try {
            SqliteBackups.backup(url, target);
            System.out.println("backed up to " + target);
            return 0;
        } catch (Exception e) {
            System.err.println("backup failed: " + e.getMessage());
            return 1;
        }
    }
}
