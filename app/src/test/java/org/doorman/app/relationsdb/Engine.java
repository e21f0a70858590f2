package org.doorman.app.relationsdb;

import javax.sql.DataSource;
import org.doorman.app.testing.Databases;
import org.flywaydb.core.Flyway;
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
}
