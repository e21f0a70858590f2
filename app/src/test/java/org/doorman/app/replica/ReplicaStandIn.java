package org.doorman.app.replica;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.doorman.app.testing.Databases;
import org.flywaydb.core.Flyway;

/**
 * A second PostgreSQL database standing in for a streaming replica: migrated like the primary, and behind it until
 * {@link #catchUp()} copies every row over, so that a test can tell which database a read came from.
 */
final class ReplicaStandIn {

    final String primaryUrl = Databases.freshPostgresUrl();
    final String url = Databases.freshPostgresUrl();

    ReplicaStandIn() {
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /** Replicates: the stand-in then holds exactly the primary's rows. */
    synchronized void catchUp() throws SQLException {
        try (Connection primary = DriverManager.getConnection(primaryUrl);
                Connection replica = DriverManager.getConnection(url)) {
            var tables = new ArrayList<String>();
            try (var rows = primary.createStatement()
                    .executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                            + " AND tablename <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            replica.setAutoCommit(false);
            try (var statement = replica.createStatement()) {
                statement.execute("SET LOCAL session_replication_role = replica"); // as a replica: no FK checks
                statement.execute("TRUNCATE " + String.join(", ", tables));
            }
            for (String table : tables) {
                copy(primary, replica, table);
            }
            replica.commit();
        }
    }

    private static void copy(Connection primary, Connection replica, String table) throws SQLException {
        try (var rows = primary.createStatement().executeQuery("SELECT * FROM " + table)) {
            int columns = rows.getMetaData().getColumnCount();
            var names = new ArrayList<String>();
            for (int i = 1; i <= columns; i++) {
                names.add(rows.getMetaData().getColumnName(i));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", List.of("?".repeat(columns).split(""))) + ")";
            try (var statement = replica.prepareStatement(insert)) {
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        statement.setObject(i, rows.getObject(i));
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }
}
