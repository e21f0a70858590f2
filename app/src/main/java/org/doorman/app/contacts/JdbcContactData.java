package org.doorman.app.contacts;

import java.time.Instant;
import java.util.List;
import org.doorman.app.members.MemberHandles;
import org.doorman.app.members.MemberHandles.HandleAndName;
import org.doorman.app.members.PersonalData;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The member's confirmed contacts, as {@code contacts.json}: who (id, handle, name), since when, by which request. */
@Repository
class JdbcContactData implements PersonalData {

    record ExportedContact(
            String contactId, String contactHandle, String contactName, Instant since, String requestId) {}

    private record Stored(MemberId contact, Instant since, String requestId) {}

    private final JdbcClient jdbc;
    private final MemberHandles handles;

    JdbcContactData(JdbcClient jdbc, MemberHandles handles) {
        this.jdbc = jdbc;
        this.handles = handles;
    }

    @Override
    public List<Part> of(MemberId memberId) {
        var stored = jdbc.sql("SELECT contact_id, since, request_id FROM contacts WHERE member_id = ? ORDER BY since")
                .param(memberId.value())
                .query((rs, row) -> new Stored(
                        new MemberId(rs.getString("contact_id")),
                        Instant.ofEpochMilli(rs.getLong("since")),
                        rs.getString("request_id")))
                .list();
        var known = handles.byId(stored.stream().map(Stored::contact).toList());
        var contacts = stored.stream()
                .map(contact -> {
                    var who = known.getOrDefault(contact.contact(), new HandleAndName(null, null));
                    return new ExportedContact(
                            contact.contact().value(), who.handle(), who.name(), contact.since(), contact.requestId());
                })
                .toList();
        return List.of(new File("contacts.json", contacts));
    }
}
