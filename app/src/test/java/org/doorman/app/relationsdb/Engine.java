package org.doorman.app.relationsdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The two databases every repository test runs on, each test on a fresh, migrated database: a SQLite file, and a
 * database in one embedded PostgreSQL per test run. (Until the foundation's test infrastructure lands.)
 */
public enum Engine {
    SQLITE {
        @Override
        DataSource freshDataSource() {
            try {
                var file = Files.createTempFile("doorman-relations", ".db");
                file.toFile().deleteOnExit();
                var dataSource = new SingleConnectionDataSource("jdbc:sqlite:" + file + "?foreign_keys=true", true);
                dataSource.setAutoCommit(true);
                return dataSource;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    POSTGRESQL {
        @Override
        DataSource freshDataSource() {
            String name = "relations_" + DATABASES.incrementAndGet();
            var server = Postgres.SERVER;
            try (var connection = server.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return new DriverManagerDataSource(server.getJdbcUrl("postgres", name), "postgres", "postgres");
        }
    };

    private static final AtomicInteger DATABASES = new AtomicInteger();

    abstract DataSource freshDataSource();

    /** A fresh database with every migration applied. */
    public DataSource migrated() {
        DataSource dataSource = freshDataSource();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return dataSource;
    }

    public JdbcClient client(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    private static final class Postgres {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
