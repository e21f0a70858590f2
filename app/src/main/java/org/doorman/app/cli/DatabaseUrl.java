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
