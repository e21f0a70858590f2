package org.doorman.batch.linkedin;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import tools.jackson.databind.json.JsonMapper;

/** The report of an import on the command line: CSV (one line per finding) or JSON (the findings as objects). */
public final class ImportReport {

    public enum Format {
        CSV,
        JSON
    }

    static final List<String> CSV_COLUMNS = List.of(
            "finding", "name", "profile_url", "date", "category", "confidence", "action", "rule", "score", "reasons");

    private ImportReport() {}

    public static void write(ImportResult result, Format format, Writer out) throws IOException {
        switch (format) {
            case CSV -> csv(result, out);
            case JSON -> json(result, out);
        }
        out.flush();
    }

    private static void csv(ImportResult result, Writer out) throws IOException {
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new))
                .setRecordSeparator('\n')
                .get();
        var printer = format.print(out);
        for (var invitation : result.pending()) {
            printer.printRecord(
                    "pending_invitation",
                    invitation.name(),
                    invitation.profileUrl(),
                    text(invitation.sentAt()),
                    invitation.category(),
                    invitation.confidence(),
                    invitation.action(),
                    invitation.rule(),
                    "",
                    "");
        }
        for (var candidate : result.pruning()) {
            printer.printRecord(
                    "prune_connection",
                    candidate.name(),
                    candidate.profileUrl(),
                    text(candidate.connectedOn()),
                    "",
                    "",
                    "",
                    "",
                    candidate.score(),
                    String.join("; ", reasons(candidate)));
        }
        printer.flush();
    }

    private static void json(ImportResult result, Writer out) {
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out, asMap(result));
    }

    /** The findings as the JSON report, the API and the member's data export show them. */
    public static Map<String, Object> asMap(ImportResult result) {
        var map = new LinkedHashMap<String, Object>();
        map.put("owner", result.ownerName());
        map.put("invitations", result.invitations());
        map.put("connections", result.connections());
        map.put("messages", result.messages());
        map.put(
                "pendingInvitations",
                result.pending().stream().map(ImportReport::asMap).toList());
        map.put("pruning", result.pruning().stream().map(ImportReport::asMap).toList());
        return map;
    }

    private static Map<String, Object> asMap(ScreenedInvitation invitation) {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", invitation.name());
        map.put("profileUrl", invitation.profileUrl());
        map.put("sentAt", text(invitation.sentAt()));
        map.put("message", invitation.message());
        map.put("category", invitation.category());
        map.put("confidence", invitation.confidence());
        map.put("action", invitation.action());
        map.put("ruleId", invitation.ruleId());
        map.put("rule", invitation.rule());
        map.put("reason", invitation.reason());
        return map;
    }

    private static Map<String, Object> asMap(PruningCandidate candidate) {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", candidate.name());
        map.put("profileUrl", candidate.profileUrl());
        map.put("company", candidate.company());
        map.put("position", candidate.position());
        map.put("connectedOn", text(candidate.connectedOn()));
        map.put("score", candidate.score());
        map.put("reasons", candidate.reasons().stream().map(PruneReason::id).toList());
        map.put("because", reasons(candidate));
        return map;
    }

    private static List<String> reasons(PruningCandidate candidate) {
        return candidate.reasons().stream().map(PruneReason::description).toList();
    }

    private static String text(Optional<?> time) {
        return time.map(value -> switch (value) {
                    case Instant instant -> instant.toString();
                    case LocalDate day -> day.toString();
                    default -> value.toString();
                })
                .orElse("");
    }
}
