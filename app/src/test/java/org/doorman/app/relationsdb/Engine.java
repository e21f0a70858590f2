package org.doorman.app.relationsdb;

import javax.sql.DataSource;
import org.doorman.app.testing.Databases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The two databases every repository test runs on, each test on a fresh, migrated database from {@link Databases}
 * (a SQLite file, or a database on the test run's one PostgreSQL), without a Spring context.
 */
public enum Engine {
    SQLITE {
        @Override
        DataSource freshDataSource() {
            var dataSource = new SingleConnectionDataSource(Databases.freshSqliteUrl(), true);
            dataSource.setAutoCommit(true);
            return dataSource;
        }
    },
    POSTGRESQL {
        @Override
        DataSource freshDataSource() {
            return new DriverManagerDataSource(Databases.freshPostgresUrl());
        }
    };

    abstract DataSource freshDataSource();

    /** A fresh database with every migration applied. */
    public DataSource migrated() {
        DataSource dataSource = freshDataSource();
        migrate(dataSource, MigrationVersion.LATEST);
        return dataSource;
    }

    /** A fresh database as an installation at {@code version} has it, for a test of the migrations after it. */
    public DataSource migratedTo(String version) {
        DataSource dataSource = freshDataSource();
        migrate(dataSource, MigrationVersion.fromVersion(version));
        return dataSource;
    }

    /** Applies the migrations the database has not had yet, as an upgrade does. */
    public void upgrade(DataSource dataSource) {
        migrate(dataSource, MigrationVersion.LATEST);
    }

    private static void migrate(DataSource dataSource, MigrationVersion target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }

    public JdbcClient client(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }
}
