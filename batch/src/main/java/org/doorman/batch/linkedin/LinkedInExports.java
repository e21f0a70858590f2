package org.doorman.batch.linkedin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads LinkedIn's data export, the ZIP or its unpacked folder, with its quirks. */
public final class LinkedInExports {

    private LinkedInExports() {}

    /**
     * The export at {@code path}; refused with {@link UnreadableExport} when it is no readable LinkedIn export (a
     * broken or foreign ZIP, a file without its header, a date in no known format), before anything is kept.
     */
    public static LinkedInExport read(Path path) {
        var files = ExportFiles.of(path);
        if (files.file("Connections.csv").isEmpty()
                && files.file("Invitations.csv").isEmpty()) {
            throw new UnreadableExport(
                    path + " is not a LinkedIn data export: it has neither Connections.csv nor" + " Invitations.csv.");
        }
        try {
            return new LinkedInExport(
                    files.file("Profile.csv").flatMap(LinkedInExports::profile),
                    files.file("Invitations.csv")
                            .map(LinkedInExports::invitations)
                            .orElse(List.of()),
                    files.file("Connections.csv")
                            .map(LinkedInExports::connections)
                            .orElse(List.of()),
                    files.file("messages.csv").map(LinkedInExports::messages).orElse(List.of()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableExport(path + ": " + e.getMessage(), e);
        }
    }

    private static Optional<ExportProfile> profile(byte[] bytes) {
        var rows = CsvTable.parse("Profile.csv", bytes, List.of("First Name", "Last Name"))
                .rows();
        return rows.stream()
                .findFirst()
                .map(row -> new ExportProfile(
                        row.get("First Name"),
                        row.get("Last Name"),
                        row.get("Headline"),
                        row.get("Summary"),
                        row.get("Industry")));
    }

    private static List<Invitation> invitations(byte[] bytes) {
        var table = CsvTable.parse("Invitations.csv", bytes, List.of("From", "To", "Sent At", "Direction"));
        var invitations = new ArrayList<Invitation>();
        for (var row : table.rows()) {
            var direction = switch (row.getOrDefault("Direction", "").strip().toUpperCase(Locale.ROOT)) {
                case "INCOMING" -> Invitation.Direction.INCOMING;
                case "OUTGOING" -> Invitation.Direction.OUTGOING;
                default ->
                    throw new IllegalArgumentException("Invitations.csv: direction '" + row.get("Direction")
                            + "' is neither INCOMING nor OUTGOING");
            };
            invitations.add(new Invitation(
                    row.get("From"),
                    row.get("To"),
                    LinkedInDates.instant(row.get("Sent At")),
                    row.get("Message"),
                    direction,
                    row.get("inviterProfileUrl"),
                    row.get("inviteeProfileUrl")));
        }
        return invitations;
    }

    private static List<Connection> connections(byte[] bytes) {
        var table = CsvTable.parse("Connections.csv", bytes, List.of("First Name", "Last Name", "Connected On"));
        return table.rows().stream()
                .map(row -> new Connection(
                        row.get("First Name"),
                        row.get("Last Name"),
                        row.get("URL"),
                        row.get("Email Address"),
                        row.get("Company"),
                        row.get("Position"),
                        LinkedInDates.date(row.get("Connected On"))))
                .toList();
    }

    private static List<Message> messages(byte[] bytes) {
        var table = CsvTable.parse("messages.csv", bytes, List.of("FROM", "TO", "DATE", "CONTENT"));
        return table.rows().stream().map(LinkedInExports::message).toList();
    }

    private static Message message(Map<String, String> row) {
        var names = split(row.get("TO"));
        var urls = split(row.get("RECIPIENT PROFILE URLS"));
        var to = new ArrayList<Person>();
        for (int i = 0; i < Math.max(names.size(), urls.size()); i++) {
            to.add(new Person(i < names.size() ? names.get(i) : "", i < urls.size() ? urls.get(i) : ""));
        }
        return new Message(
                row.get("CONVERSATION ID"),
                new Person(row.get("FROM"), row.get("SENDER PROFILE URL")),
                to,
                LinkedInDates.instant(row.get("DATE")),
                row.get("SUBJECT"),
                row.get("CONTENT"));
    }

    private static List<String> split(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
