package org.doorman.app.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Online backups of a SQLite database and putting one back. A backup is {@code VACUUM INTO}: one consistent snapshot
 * taken in a read transaction, so the server keeps running and writing meanwhile (WAL). PostgreSQL has
 * {@code pg_dump} and {@code pg_restore} for this.
 */
public final class SqliteBackups {

    private SqliteBackups() {}

    /** Writes a consistent copy of the database at {@code url} to {@code target}, which must not exist yet. */
    public static void backup(String url, Path target) throws IOException, SQLException {
        Path database = file(url);
        if (Files.exists(target)) {
            throw new IOException(target + " exists already; a backup never overwrites a file");
        }
        if (!Files.exists(database)) {
            throw new IOException("there is no database at " + database);
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                var statement = connection.prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, target.toAbsolutePath().toString());
            statement.execute();
        }
    }

    /**
     * Puts the backup in place of the database at {@code url}, after checking that it is an intact Doorman database.
     * The server must be stopped: a running one would keep writing to the file it has open.
     */
    public static void restore(Path backup, String url) throws IOException, SQLException {
        Path database = file(url);
        if (!Files.isRegularFile(backup)) {
            throw new IOException("there is no backup file " + backup);
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + backup.toAbsolutePath());
                var statement = connection.createStatement()) {
            try (var check = statement.executeQuery("PRAGMA integrity_check")) {
                if (!check.next() || !"ok".equals(check.getString(1))) {
                    throw new IOException(backup + " is damaged: " + (check.getRow() > 0 ? check.getString(1) : ""));
                }
            }
            try (var tables = statement.executeQuery(
                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('members', 'flyway_schema_history')")) {
                if (!tables.next() || tables.getInt(1) != 2) {
                    throw new IOException(backup + " is no Doorman database");
                }
            }
        } catch (SQLException e) {
            throw new IOException(backup + " cannot be read as a SQLite database: " + e.getMessage(), e);
        }
        Path parent = database.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staged = Files.createTempFile(parent, "restore", ".db");
        Files.copy(backup, staged, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(Path.of(database + "-wal"));
        Files.deleteIfExists(Path.of(database + "-shm"));
        Files.move(staged, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path file(String url) throws IOException {
        return JdbcUrls.sqliteFile(url)
                .orElseThrow(() -> new IOException("backup and restore work on a SQLite file; "
                        + JdbcUrls.withoutPassword(url) + " is none (for PostgreSQL use pg_dump and pg_restore)"));
    }
}
