package org.doorman.app.storage;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** What Doorman needs to know about a JDBC URL: its engine, a SQLite file, and how to show it without secrets. */
final class JdbcUrls {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;](?:password|pwd|sslpassword)=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?]*:)[^@/]*@");

    private JdbcUrls() {}

    static boolean isSqlite(String url) {
        return url != null && url.startsWith("jdbc:sqlite:");
    }

    /** The file a SQLite URL points to, or empty for an in-memory database. */
    static Optional<Path> sqliteFile(String url) {
        if (!isSqlite(url)) {
            return Optional.empty();
        }
        String location = url.substring("jdbc:sqlite:".length());
        int query = location.indexOf('?');
        if (query >= 0) {
            location = location.substring(0, query);
        }
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        }
        if (location.isEmpty() || location.startsWith(":memory:") || location.startsWith(":resource:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(location));
    }

    /** The URL with any password in it replaced by {@code ***}. */
    static String withoutPassword(String url) {
        if (url == null) {
            return "(no spring.datasource.url)";
        }
        String redacted = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(redacted).replaceAll("$1***@");
    }
}
