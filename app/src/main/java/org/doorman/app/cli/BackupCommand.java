package org.doorman.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.doorman.app.storage.SqliteBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    DatabaseUrl database = new DatabaseUrl();

    @Override
    public Integer call() {
        return database.run("backup failed", url -> {
            SqliteBackups.backup(url, target);
            return "backed up to " + target;
        });
    }
}
