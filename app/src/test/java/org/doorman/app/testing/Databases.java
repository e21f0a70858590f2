package org.doorman.app.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The databases integration tests run on: a fresh SQLite file, or a fresh database on one PostgreSQL per JVM
 * (embedded, or the server in {@code DOORMAN_TEST_POSTGRES_URL} when set), for each Spring context.
 *
 * <p>The pattern: the tests live in an abstract class, two tiny subclasses choose the database.
 *
 * <pre>{@code
 * @IntegrationTest
 * abstract class InboxIntegrationTests { @Autowired MockMvc mvc; @Test void ...() {} }
 *
 * @ContextConfiguration(initializers = Databases.Sqlite.class)
 * class InboxOnSqliteIntegrationTests extends InboxIntegrationTests {}
 *
 * @ContextConfiguration(initializers = Databases.Postgres.class)
 * class InboxOnPostgresIntegrationTests extends InboxIntegrationTests {}
 * }</pre>
 *
 * Initializers (rather than {@code @DynamicPropertySource}, which makes every test class a context of its own) let
 * all test classes on one database share a single cached context, because context start-up dominates test time.
 * So tests share the database with other test classes: create your own members ({@link TestMembers}) and never
 * assume a table is empty. A context needs different properties only for a good reason; each one costs seconds.
 */
public final class Databases {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String RUN = Long.toString(new java.security.SecureRandom().nextLong() & Long.MAX_VALUE, 36);

    private Databases() {}

    /** A fresh SQLite file in a temporary directory. */
    public static final class Sqlite implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.datasource.url=" + freshSqliteUrl()).applyTo(context);
        }
    }

    /** A fresh database on the JVM's one PostgreSQL server. */
    public static final class Postgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.datasource.url=" + freshPostgresUrl()).applyTo(context);
        }
    }

    /** A JDBC URL of a new, empty SQLite file. */
    public static String freshSqliteUrl() {
        try {
            var directory = Files.createTempDirectory("doorman-test");
            directory.toFile().deleteOnExit();
            return "jdbc:sqlite:" + directory.resolve("doorman.db") + "?journal_mode=WAL&foreign_keys=true";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JDBC URL (user and password included) of a new, empty PostgreSQL database. */
    public static String freshPostgresUrl() {
        // a random part too: test JVMs in other sandboxes on this machine may share a process id and, by chance, a
        // server
        String name = "doorman_test_" + ProcessHandle.current().pid() + "_" + RUN + "_" + DATABASES.incrementAndGet();
        String server = PostgresServer.URL;
        try (var connection = DriverManager.getConnection(server);
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + server, e);
        }
        var matcher =
                Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$").matcher(server);
        if (!matcher.matches()) {
            throw new IllegalStateException("Not a PostgreSQL JDBC URL: " + server);
        }
        return matcher.group(1) + name + (matcher.group(3) == null ? "" : matcher.group(3));
    }

    /** Started on first use, stopped when the JVM ends. */
    private static final class PostgresServer {

        static final String URL = start();

        private static String start() {
            String configured = System.getenv("DOORMAN_TEST_POSTGRES_URL");
            if (configured != null && !configured.isBlank()) {
                return configured;
            }
            try {
                var postgres = EmbeddedPostgres.builder()
                        .setPGStartupWait(java.time.Duration.ofSeconds(90))
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM ends anyway
                    }
                }));
                return postgres.getJdbcUrl("postgres", "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
        }
    }
}
