package org.doorman.app.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.doorman.app.imports.Imports;
import org.doorman.app.imports.StoredImport;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The member's own data as a ZIP of JSON files and a README (GDPR articles 15 and 20), read in one snapshot. */
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

    private final JdbcMemberData data;
    private final Imports imports;
    private final JsonMapper json;

    MemberExport(JdbcMemberData data, Imports imports, JsonMapper json) {
        this.data = data;
        this.imports = imports;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public byte[] zip(MemberId member) {
        String memberId = member.value();
        var files = new LinkedHashMap<String, Object>();
        files.put("profile.json", data.profile(memberId));
        files.put("strategy.json", data.strategy(memberId).stream().findFirst().orElse(null));
        files.put("templates.json", data.templates(memberId));
        files.put("requests-received.json", data.received(memberId));
        files.put("requests-sent.json", data.sent(memberId));
        files.put("contacts.json", data.contacts(memberId));
        files.put("meetings.json", data.meetings(memberId));
        files.put("tasks.json", data.tasks(memberId));
        files.put("audit-trail.json", data.auditTrail(memberId));
        files.put(
                "linkedin-import.json",
                imports.of(member).map(StoredImport::asMap).orElse(null));
        return zip(files);
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
