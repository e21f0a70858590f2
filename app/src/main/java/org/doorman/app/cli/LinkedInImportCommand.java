package org.doorman.app.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.doorman.app.imports.LinkedInImporter;
import org.doorman.batch.linkedin.ImportAnalysis;
import org.doorman.batch.linkedin.ImportReport;
import org.doorman.batch.linkedin.ImportResult;
import org.doorman.batch.linkedin.LinkedInExport;
import org.doorman.batch.linkedin.LinkedInExports;
import org.doorman.batch.linkedin.UnreadableExport;
import org.doorman.core.screening.Profile;
import org.doorman.core.screening.Screener;
import org.doorman.core.strategy.Strategy;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code doorman import linkedin PATH}: reads LinkedIn's data export, screens the pending incoming invitations and
 * ranks the connections for pruning. With {@code --member} the findings are kept for that member (the web app and the
 * API show them); without, the export's own profile and the default strategy are used and only the report is printed.
 */
@Command(
        name = "linkedin",
        mixinStandardHelpOptions = true,
        description = {
            "Imports LinkedIn's data export (the ZIP of \"Get a copy of your data\", or its unpacked folder):",
            "screens the pending incoming invitations with the member's strategy and ranks the connections for pruning.",
            "Importing the same export again changes nothing; a broken or foreign file is refused and nothing is kept."
        })
final class LinkedInImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "The export's ZIP file or its unpacked folder.")
    Path path;

    @Option(
            names = "--member",
            paramLabel = "HANDLE",
            description = "Keep the findings for this member of the local Doorman, screened with their strategy.")
    String member;

    @Option(
            names = "--report",
            paramLabel = "csv|json",
            description = "Print the findings as CSV or JSON (to --out, else standard output) instead of a summary.")
    ImportReport.Format report;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE.")
    Path out;

    @Mixin
    DatabaseUrl database = new DatabaseUrl();

    @Override
    public Integer call() throws IOException {
        LinkedInExport export;
        try {
            export = LinkedInExports.read(path);
        } catch (UnreadableExport e) {
            System.err.println("import refused, nothing kept: " + e.getMessage());
            return 1;
        }
        var screener = Screener.create();
        ImportResult result;
        if (member == null) {
            result = new ImportAnalysis(screener, Strategy.preset("default")).analyse(export, ownProfile(export));
            System.err.println("No --member: the export's own profile and the default strategy; nothing kept.");
        } else {
            String url = database.url();
            Flyway.configure()
                    .dataSource(url, null, null)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LinkedInImporter.Imported imported;
            try {
                imported = LinkedInImporter.on(dataSource(url), screener, Clock.systemUTC())
                        .importFor(member, export);
            } catch (IllegalArgumentException e) {
                System.err.println("import refused, nothing kept: " + e.getMessage());
                return 1;
            }
            result = imported.result();
            System.err.println(
                    imported.changed()
                            ? "Kept for " + imported.member().name() + " (" + member + "): see /contacts/imports."
                            : "Already imported for " + member + ": nothing changed.");
        }
        print(result);
        return 0;
    }

    private void print(ImportResult result) throws IOException {
        var text = new StringWriter();
        if (report == null) {
            summary(result, text);
        } else {
            ImportReport.write(result, report, text);
        }
        if (out == null) {
            System.out.print(text);
            System.out.flush();
        } else {
            Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
        }
    }

    private static void summary(ImportResult result, Writer out) throws IOException {
        out.write("%d invitations, %d connections, %d messages read.%n"
                .formatted(result.invitations(), result.connections(), result.messages()));
        out.write(
                "%d pending invitations screened:%n".formatted(result.pending().size()));
        for (var invitation : result.pending()) {
            out.write("  %s: %s (%s, %.2f) by %s%n"
                    .formatted(
                            invitation.name(),
                            invitation.action(),
                            invitation.category(),
                            invitation.confidence(),
                            invitation.rule()));
        }
        out.write("%d connections to consider pruning, weakest tie first:%n"
                .formatted(result.pruning().size()));
        for (var candidate : result.pruning()) {
            out.write("  %s (%d): %s%n"
                    .formatted(
                            candidate.name(),
                            candidate.score(),
                            String.join(
                                    ", ",
                                    candidate.reasons().stream()
                                            .map(reason -> reason.description())
                                            .toList())));
        }
    }

    private static DriverManagerDataSource dataSource(String url) {
        var dataSource = new DriverManagerDataSource(url);
        if (url.startsWith("jdbc:sqlite:")) {
            var properties = new Properties();
            properties.setProperty("busy_timeout", "30000"); // the server may be writing
            properties.setProperty("foreign_keys", "true");
            dataSource.setConnectionProperties(properties);
        }
        return dataSource;
    }

    private static Profile ownProfile(LinkedInExport export) {
        return export.profile()
                .map(p -> new Profile(
                        p.name(),
                        p.headline(),
                        p.summary(),
                        java.util.List.of(),
                        java.util.List.of(),
                        java.util.List.of(),
                        java.util.List.of(),
                        ""))
                .orElse(Profile.unknown());
    }
}
