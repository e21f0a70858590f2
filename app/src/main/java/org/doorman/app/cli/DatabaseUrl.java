package org.doorman.app.cli;

/**
 * The database a command outside the server works on ({@code --database}, a picocli mixin): as given, else as the
 * server would find it.
 */
final class DatabaseUrl {

    static final String DEFAULT = "jdbc:sqlite:./data/doorman.db";

    @picocli.CommandLine.Option(
            names = "--database",
            description = "The database's JDBC URL; default: spring.datasource.url or SPRING_DATASOURCE_URL, else"
                    + " the default file ./data/doorman.db.")
    String given;

    /** The URL this command works on. */
    String url() {
        return of(given);
    }

    /** One step on the database at {@link #url()}; answers what it did, in a line for the operator. */
    @FunctionalInterface
    interface Step {
        String run(String url) throws Exception;
    }

    /** Runs the step, prints what it did or, after {@code failed}, why it failed; answers the exit code. */
    int run(String failed, Step step) {
        try {
            System.out.println(step.run(url()));
            return 0;
        } catch (Exception e) {
            System.err.println(failed + ": " + e.getMessage());
            return 1;
        }
    }

    static String of(String given) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String property = System.getProperty("spring.datasource.url");
        if (property != null && !property.isBlank()) {
            return property;
        }
        String environment = System.getenv("SPRING_DATASOURCE_URL");
        return environment != null && !environment.isBlank() ? environment : DEFAULT;
    }
}
