package org.doorman.app.storage;

import java.io.PrintStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Turns a start-up that failed because the database cannot be reached into one line naming the URL (without its
 * password) instead of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class DatabaseUnreachableReporter implements SpringBootExceptionReporter {

    private final ConfigurableApplicationContext context;
    private final PrintStream out;

    public DatabaseUnreachableReporter(ConfigurableApplicationContext context) {
        this(context, System.err);
    }

    DatabaseUnreachableReporter(ConfigurableApplicationContext context, PrintStream out) {
        this.context = context;
        this.out = out;
    }

    @Override
    public boolean reportException(Throwable failure) {
        Optional<Throwable> reason = unreachable(failure);
        if (reason.isEmpty()) {
            return false;
        }
        var environment = context.getEnvironment();
        out.println(line(
                environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.password"),
                reason.get()));
        return true;
    }

    static String line(String url, String password, Throwable reason) {
        String why = String.valueOf(reason.getMessage()).replaceAll("\\s+", " ").trim();
        if (password != null && !password.isEmpty()) {
            why = why.replace(password, "***");
        }
        return "Doorman cannot start: the database at " + JdbcUrls.withoutPassword(url) + " cannot be reached (" + why
                + ")";
    }

    /** The cause that says the database could not be reached, if that is why the start failed. */
    static Optional<Throwable> unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isConnectionFailure(sql)) {
                return Optional.of(sql);
            }
            if (cause instanceof UnreachableDatabase) {
                return Optional.of(cause);
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return Optional.of(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("28") || state.startsWith("3D"))) {
            return true; // connection exception, invalid authorization, unknown database
        }
        String message = String.valueOf(e.getMessage());
        return message.contains("SQLITE_CANTOPEN")
                || message.contains("SQLITE_NOTADB")
                || message.contains("SQLITE_PERM")
                || message.contains("No suitable driver");
    }
}
