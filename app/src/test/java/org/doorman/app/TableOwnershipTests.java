package org.doorman.app;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A capability's tables are its own (DESIGN.md): others ask through its port or read a model it publishes. Every table
 * the migrations create has one owning package, the one whose adapter writes it, and no other package names it in SQL.
 */
class TableOwnershipTests {

    private static final Path SOURCES = Path.of("src/main/java/org/doorman/app");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Table to the package under {@code org.doorman.app} that owns it. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            entry("members", "members"),
            entry("credentials", "members"),
            entry("api_tokens", "members"),
            entry("member_groups", "members"),
            entry("memberships", "members"),
            entry("profile_visits", "members"),
            entry("member_blocks", "members"),
            entry("strategies", "strategy"),
            entry("message_templates", "strategy"),
            entry("contact_requests", "requests"),
            entry("request_signals", "requests"),
            entry("request_messages", "requests"),
            entry("follow_up_tasks", "requests"),
            entry("audit_trail", "requests"),
            entry("events", "events"),
            entry("event_attendance", "meetings"),
            entry("meetings", "meetings"),
            entry("contacts", "contacts"),
            entry("contact_removals", "contacts"),
            entry("motive_questions", "contacts"),
            entry("webhooks", "webhooks"),
            entry("outbox", "webhooks"),
            entry("webhook_events", "webhooks"),
            entry("digest_settings", "digest"),
            entry("digest_log", "digest"),
            entry("digest_newcomers", "digest"),
            entry("app_secrets", "digest"),
            entry("sender_requests", "senders"),
            entry("sender_visits", "senders"),
            entry("sender_standings", "senders"),
            entry("linkedin_imports", "imports"),
            entry("linkedin_invitations", "imports"),
            entry("linkedin_connections", "imports"),
            entry("rate_limit_buckets", "limits"));

    /**
     * Packages that are tools, not capabilities, with why they may write any capability's rows. The application never
     * runs them (checked below); they stand beside the migrations, which also name every table.
     */
    private static final Map<String, String> TOOLS = Map.of(
            "fixture",
            "the growth fixture (doorman fixture) fills a database for benchmarks with millions of the rows the"
                    + " capabilities write, by COPY or JDBC batches at bulk speed, which no port offers");

    /** A bulk writer's table, named bare: {@code new Rows("contact_requests", ...)}. */
    private static final Pattern BULK_TABLE = Pattern.compile("new Rows\\(\\s*\"([a-z_]+)\"");

    private static final Pattern CREATE_TABLE =
            Pattern.compile("CREATE TABLE\\s+(?:IF NOT EXISTS\\s+)?([a-z_]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITE = Pattern.compile("\\b(?:INSERT INTO|UPDATE|DELETE FROM)\\s+([a-z_]+)\\b");
    private static final Pattern SQL = Pattern.compile("\\b(?:SELECT|INSERT|UPDATE|DELETE|FROM|JOIN|WHERE)\\b");

    @Test
    void everyTableTheMigrationsCreateHasOneOwningCapability() {
        assertThat(new TreeSet<>(OWNERS.keySet())).isEqualTo(tablesCreatedByMigrations());
    }

    @Test
    void eachOwnerWritesTheTablesItOwns() {
        var unwritten = new TreeSet<String>();
        OWNERS.forEach((table, owner) -> {
            // in its own SQL, or by handing the table's name to a library that writes it (Bucket4j)
            boolean written = sourcesOf(owner).stream()
                    .flatMap(file -> literalsIn(file).stream())
                    .anyMatch(literal -> literal.equals(table)
                            || WRITE.matcher(literal)
                                    .results()
                                    .anyMatch(m -> m.group(1).equals(table)));
            if (!written) {
                unwritten.add(table + " (owner " + owner + ")");
            }
        });
        assertThat(unwritten).isEmpty();
    }

    @Test
    void noCapabilityNamesAnotherCapabilitysTablesInSql() {
        assertThat(crossings().stream()
                        .filter(crossing -> !TOOLS.containsKey(crossing.pkg()))
                        .map(Crossing::toString)
                        .toList())
                .isEmpty();
    }

    @Test
    void theToolsNameOtherCapabilitiesTablesAndOnlyTheCommandLineRunsThem() throws IOException {
        assertThat(crossings().stream().map(Crossing::pkg))
                .as("else they need no exemption")
                .containsAll(TOOLS.keySet());
        for (Path file : javaFiles(SOURCES)) {
            String pkg = packageOf(file);
            for (String tool : TOOLS.keySet()) {
                if (!pkg.equals(tool) && !pkg.equals("cli")) {
                    assertThat(Files.readString(file))
                            .as(file.toString())
                            .doesNotContain("org.doorman.app." + tool + ".");
                }
            }
        }
    }

    @Test
    void theScanFindsATableNamedInAConcatenatedLiteralAndIgnoresProse() {
        var literals = literals("""
                String a = "SELECT id " + "FROM contacts c JOIN members m ON m.id = c.member_id";
                String b = "the members of a group"; // FROM members
                String e = "SELECT name FROM sqlite_master WHERE name IN ('members')";
                String c = \"""
                        DELETE FROM outbox WHERE payload LIKE '"'
                        \""";
                char d = '"';
                """);

        assertThat(literals)
                .containsExactly(
                        "SELECT id ",
                        "FROM contacts c JOIN members m ON m.id = c.member_id",
                        "the members of a group",
                        "SELECT name FROM sqlite_master WHERE name IN ('members')",
                        "DELETE FROM outbox WHERE payload LIKE '\"'\n");
        assertThat(literals.stream().filter(TableOwnershipTests::looksLikeSql).flatMap(sql -> tablesIn(sql).stream()))
                .containsExactly("contacts", "members", "outbox");
    }

    record Crossing(String file, String table, String owner) {
        String pkg() {
            return file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
        }

        @Override
        public String toString() {
            return file + " names " + table + " (owned by " + owner + ")";
        }
    }

    private static List<Crossing> crossings() {
        var crossings = new ArrayList<Crossing>();
        for (Path file : javaFiles(SOURCES)) {
            String relative = SOURCES.relativize(file).toString().replace('\\', '/');
            String pkg = packageOf(file);
            var named = new TreeSet<String>();
            sqlIn(file).forEach(sql -> named.addAll(tablesIn(sql)));
            named.addAll(bulkTablesIn(file));
            for (String table : named) {
                String owner = OWNERS.get(table);
                if (!owner.equals(pkg)) {
                    crossings.add(new Crossing(relative, table, owner));
                }
            }
        }
        return crossings;
    }

    private static String packageOf(Path file) {
        String relative = SOURCES.relativize(file).toString().replace('\\', '/');
        return relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
    }

    private static Set<String> bulkTablesIn(Path file) {
        try {
            return BULK_TABLE
                    .matcher(Files.readString(file))
                    .results()
                    .map(m -> m.group(1))
                    .filter(OWNERS::containsKey)
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> tablesIn(String sql) {
        var named = new TreeSet<String>();
        for (String table : OWNERS.keySet()) {
            // a table, not a column, parameter or value of the same spelling (m.members, :members, 'members')
            if (Pattern.compile("(?<![\\w.:'])" + table + "(?![\\w.'])")
                    .matcher(sql)
                    .find()) {
                named.add(table);
            }
        }
        return named;
    }

    private static boolean looksLikeSql(String literal) {
        return SQL.matcher(literal).find();
    }

    private static List<String> sqlIn(Path file) {
        return literalsIn(file).stream()
                .filter(TableOwnershipTests::looksLikeSql)
                .toList();
    }

    private static List<String> literalsIn(Path file) {
        try {
            return literals(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The string literals and text blocks of a Java source, without comments and char literals. */
    static List<String> literals(String source) {
        var literals = new ArrayList<String>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int start = source.indexOf('\n', i) + 1;
                int end = closing(source, start, "\"\"\"");
                literals.add(source.substring(start, end).stripIndent());
                i = end + 3;
            } else if (c == '"') {
                int end = closing(source, i + 1, "\"");
                literals.add(source.substring(i + 1, end));
                i = end + 1;
            } else if (c == '\'') {
                i = closing(source, i + 1, "'") + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int closing(String source, int from, String quote) {
        int i = from;
        while (!source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    private static Set<String> tablesCreatedByMigrations() {
        var tables = new TreeSet<String>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                CREATE_TABLE.matcher(Files.readString(file)).results().forEach(m -> tables.add(m.group(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static List<Path> sourcesOf(String pkg) {
        return javaFiles(SOURCES.resolve(pkg));
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
