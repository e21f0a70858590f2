package org.doorman.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.doorman.app.storage.SqliteBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code doorman restore FILE}: puts a backup back in place of the SQLite database (server stopped). */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = "Puts the backup FILE in place of the SQLite database after checking it. Stop the server"
                + " first. For PostgreSQL use pg_restore.")
final class RestoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A backup made by 'doorman backup'.")
    Path backup;

    @Mixin
    DatabaseUrl database = new DatabaseUrl();

    @Override
    public Integer call() {
        return database.run("restore failed", url -> {
            SqliteBackups.restore(backup, url);
            return "restored " + backup;
        });
    }
}
