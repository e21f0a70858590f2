package org.doorman.app.testing;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The number of rows of every table of the app, to show that a refused call stored nothing. Left out: tables that jobs
 * in the background write to while a test runs, and the rate limits' buckets, which count every attempt by design.
 */
public final class TableRows {

    private static final Set<String> BACKGROUND =
            Set.of("flyway_schema_history", "outbox", "digest_log", "app_secrets", "rate_limit_buckets");

    private final JdbcClient jdbc;
    private final List<String> tables;

    public TableRows(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tables = tables(dataSource);
    }

    /** Each table's rows, by table name. */
    public Map<String, Long> count() {
        var counts = new LinkedHashMap<String, Long>();
        for (String table : tables) {
            counts.put(
                    table,
                    jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    /** The tables whose rows differ, as "table before -> after". */
    public static String changed(Map<String, Long> before, Map<String, Long> after) {
        var changed = new ArrayList<String>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changed.add(table + " " + before.get(table) + " -> " + count);
            }
        });
        return String.join(", ", changed);
    }

    private static List<String> tables(DataSource dataSource) {
        var names = new ArrayList<String>();
        try (var connection = dataSource.getConnection();
                var found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String name = found.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                String schema = found.getString("TABLE_SCHEM");
                if (!BACKGROUND.contains(name)
                        && !name.startsWith("sqlite_")
                        && (schema == null || schema.equals("public"))) {
                    names.add(name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
