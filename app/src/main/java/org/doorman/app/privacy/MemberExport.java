package org.doorman.app.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.doorman.app.imports.Imports;
import org.doorman.app.imports.StoredImport;
import org.doorman.app.members.PersonalData;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The member's own data as a ZIP of JSON files and a README (GDPR articles 15 and 20), read in one snapshot: each
 * capability contributes what it keeps ({@link PersonalData}), and the README says what every file holds.
 */
@Service
class MemberExport {

    static final String README = """
            Your data from Doorman
            ======================

            Every file is JSON in UTF-8; times are ISO-8601 in UTC.

            profile.json            your profile, your groups and your digest settings
            strategy.json           your screening strategy (a preset or your own rules)
            templates.json          your message templates (clarifying questions, invitations, follow-up tasks)
            requests-received.json  the contact requests you received: the requester (id, handle, name), the text,
                                    how your strategy screened it (category, confidence, action, rule, signals),
                                    the decision and the messages of the conversation
            requests-sent.json      the contact requests you sent, with the state as you may see it (pending or
                                    accepted) and the messages of the conversation
            contacts.json           your confirmed contacts (id, handle, name) and since when
            meetings.json           the meetings in person you recorded
            tasks.json              your follow-up tasks
            audit-trail.json        every step taken on the requests you received: when, by whom (you, a rule of
                                    your strategy, or the system) and why
            linkedin-import.json    your latest LinkedIn import (null if none): the pending invitations as your
                                    strategy screened them and the connections ranked for pruning, with reasons

            Other members appear only as far as they are part of your own conversations and contacts.
            """;

    /** The files of the export in the order the README lists them. */
    static final List<String> FILES = README.lines()
            .map(line -> line.split(" ", 2)[0])
            .filter(name -> name.endsWith(".json"))
            .toList();

    private static final String IMPORT = "linkedin-import.json";

    private final List<PersonalData> capabilities;
    private final Imports imports;
    private final JsonMapper json;

    MemberExport(List<PersonalData> capabilities, Imports imports, JsonMapper json) {
        this.capabilities = capabilities;
        this.imports = imports;
        this.json = json;
    }

    /**
     * Each capability writes its own part; REPEATABLE READ makes the parts one snapshot on PostgreSQL, where each
     * statement would otherwise see what committed before it (a SQLite transaction is one snapshot anyway).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public byte[] zip(MemberId member) {
        var files = new HashMap<String, Object>();
        var fields = new ArrayList<PersonalData.Field>();
        for (var capability : capabilities) {
            for (var part : capability.of(member)) {
                switch (part) {
                    case PersonalData.File file -> put(files, file.name(), file.content());
                    case PersonalData.Field field -> fields.add(field);
                }
            }
        }
        put(files, IMPORT, imports.of(member).map(StoredImport::asMap).orElse(null));
        for (var field : fields) {
            Object content = files.get(field.file());
            if (content == null) {
                throw new IllegalStateException(
                        "the field " + field.name() + " belongs to " + field.file() + ", which holds no object");
            }
            ObjectNode file = json.valueToTree(content);
            file.set(field.name(), json.valueToTree(field.content()));
            files.put(field.file(), file);
        }
        if (!files.keySet().equals(Set.copyOf(FILES))) {
            throw new IllegalStateException(
                    "the README lists " + FILES + " but the capabilities wrote " + new TreeSet<>(files.keySet()));
        }
        var ordered = new LinkedHashMap<String, Object>();
        FILES.forEach(name -> ordered.put(name, files.get(name)));
        return zip(ordered);
    }

    private static void put(Map<String, Object> files, String name, Object content) {
        if (files.containsKey(name)) {
            throw new IllegalStateException("two capabilities write " + name);
        }
        files.put(name, content);
    }

    private byte[] zip(Map<String, Object> files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            add(zip, "README.txt", README.getBytes(StandardCharsets.UTF_8));
            for (var file : files.entrySet()) {
                add(zip, file.getKey(), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(file.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
