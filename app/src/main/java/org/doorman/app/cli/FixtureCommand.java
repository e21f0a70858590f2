package org.doorman.app.cli;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.doorman.app.fixture.GrowthFixture;
import org.flywaydb.core.Flyway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "fixture",
        mixinStandardHelpOptions = true,
        description = {
            "Fills a database with members and contact requests for benchmarks at scale: the application's schema",
            "(migrations run first), then rows as the application stores screened requests (request, signals, audit",
            "trail, clarifying question), written with COPY on PostgreSQL and JDBC batches on SQLite."
        })
final class FixtureCommand implements Callable<Integer> {

    @Option(
            names = "--url",
            required = true,
            description = "JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/doorman or jdbc:sqlite:./data/doorman.db")
    String url;

    @Option(names = "--user", description = "database user (PostgreSQL)")
    String user;

    @Option(names = "--password", description = "database password (PostgreSQL)")
    String password;

    @Option(
            names = "--members",
            defaultValue = "1000",
            description = "members, at least; raised to what the requests' distinct pairs need")
    int members;

    @Option(names = "--requests", defaultValue = "10000", description = "contact requests")
    long requests;

    @Option(names = "--days", defaultValue = "10", description = "requests spread over the last DAYS days (1..13)")
    int days;

    @Option(names = "--prefix", defaultValue = "fx", description = "handles are PREFIX-0, PREFIX-1, ...")
    String prefix;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the random part of the ids")
    long seed;

    @Override
    public Integer call() throws SQLException {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        var plan = new GrowthFixture.Plan(
                GrowthFixture.Plan.membersFor(requests, members),
                requests,
                days,
                prefix,
                seed,
                System.currentTimeMillis());
        long step = Math.max(100_000, requests / 10);
        try (var connection = DriverManager.getConnection(url, user, password)) {
            var filled = GrowthFixture.fill(connection, plan, written -> {
                if (written % step == 0 || written == requests) {
                    System.err.printf("%,d requests written%n", written);
                }
            });
            System.out.printf(
                    "%,d members and %,d requests (%,d rows) in %.1f s%n",
                    filled.members(), filled.requests(), filled.rows(), filled.millis() / 1000.0);
        }
        return 0;
    }
}
