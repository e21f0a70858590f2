package org.doorman.app.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.doorman.app.meetings.Meetings;
import org.doorman.app.members.MemberNames;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** A member's contacts with what they did together: messages, meetings, and when they last had to do with each other. */
@Service
class ContactList {

    private final JdbcContacts contacts;
    private final MemberNames names;
    private final Exchanges exchanges;
    private final Meetings meetings;
    private final Clock clock;

    ContactList(JdbcContacts contacts, MemberNames names, Exchanges exchanges, Meetings meetings, Clock clock) {
        this.contacts = contacts;
        this.names = names;
        this.exchanges = exchanges;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ContactView> of(MemberId memberId) {
        return rows(memberId).stream().map(row -> view(memberId, row)).toList();
    }

    /** The contacts with their names from members and the messages exchanged from requests, each in one statement. */
    private List<ContactRow> rows(MemberId memberId) {
        var held = contacts.of(memberId);
        var named = names.of(held.stream().map(JdbcContacts.Held::contactId).toList());
        var exchanged = exchanges.of(memberId);
        return held.stream()
                .map(h -> {
                    var id = h.contactId();
                    var exchange = exchanged.getOrDefault(id, Exchanges.Exchange.NONE);
                    return new ContactRow(id, named.get(id), h.since(), exchange.messages(), exchange.last());
                })
                .toList();
    }

    private ContactView view(MemberId memberId, ContactRow row) {
        var contactId = row.id();
        Instant last = Stream.of(
                        Stream.of(row.since()),
                        row.lastMessage().stream(),
                        meetings.lastBetween(memberId, contactId).stream())
                .flatMap(s -> s)
                .max(Instant::compareTo)
                .orElseThrow();
        return new ContactView(
                contactId.value(),
                row.name(),
                row.since(),
                last,
                row.messagesExchanged(),
                meetings.countRecognizedBy(memberId, contactId));
    }

    /**
     * Removes the contact from the member's side only. Nobody is told: no message, no webhook, and the removed person's
     * own contact list stays as it was. For the member it counts as a decline of the removed person.
     */
    @Transactional
    boolean remove(MemberId memberId, MemberId contactId) {
        return contacts.remove(memberId, contactId, clock.instant());
    }

    /** What an unknown contact answers, also for an id that cannot be one. */
    static ResponseStatusException noContact(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no contact " + id + ".");
    }
}
