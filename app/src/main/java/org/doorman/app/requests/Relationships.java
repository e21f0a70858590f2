package org.doorman.app.requests;

import java.time.Instant;
import java.util.Optional;
import org.doorman.app.contacts.Contacts;
import org.doorman.app.meetings.Meetings;
import org.doorman.app.members.Acquaintances;
import org.doorman.app.strategy.MemberStrategies;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.screening.RequestContext;
import org.springframework.stereotype.Service;

/**
 * How sender and recipient are related, put together from what each capability answers about its own tables: the
 * conversation from the requests' messages, the relation and mutual contacts from contacts, shared groups and the
 * profile visit from members, the meetings the recipient recognizes from meetings. Nothing before the recipient last
 * silently removed the sender counts.
 */
@Service
class Relationships {

    private final Requests requests;
    private final Contacts contacts;
    private final Acquaintances acquaintances;
    private final Meetings meetings;
    private final MemberStrategies strategies;

    Relationships(
            Requests requests,
            Contacts contacts,
            Acquaintances acquaintances,
            Meetings meetings,
            MemberStrategies strategies) {
        this.requests = requests;
        this.contacts = contacts;
        this.acquaintances = acquaintances;
        this.meetings = meetings;
        this.strategies = strategies;
    }

    /** How sender and recipient are related as of {@code now}. */
    RequestContext between(MemberId sender, MemberId recipient, Instant now) {
        return between(
                sender,
                recipient,
                now,
                contacts.standing(recipient, sender),
                requests.lastConversation(sender, recipient, now),
                strategies.confirmedAttendanceOnly(recipient));
    }

    /**
     * As {@link #between(MemberId, MemberId, Instant)}, with what the caller read already: how the recipient stands to
     * the sender, when the latest request of their last conversation was sent ({@link PriorConversation}), and whether
     * the recipient counts only confirmed attendance at events.
     */
    RequestContext between(
            MemberId sender,
            MemberId recipient,
            Instant now,
            Contacts.Standing recipientToSender,
            Optional<Instant> lastConversation,
            boolean confirmedAttendanceOnly) {
        var removedAt = recipientToSender.relation().removedAt();
        boolean conversation = lastConversation
                .filter(sent -> removedAt.map(sent::isAfter).orElse(true))
                .isPresent();
        var acquaintance = acquaintances.between(sender, recipient, now);
        return new RequestContext(
                meetings.countRecognizedBy(recipient, sender, removedAt, confirmedAttendanceOnly),
                conversation,
                recipientToSender.relation().memberHasOther(),
                recipientToSender.mutualContacts(),
                acquaintance.sharedGroups(),
                acquaintance.visitedProfile());
    }
}
