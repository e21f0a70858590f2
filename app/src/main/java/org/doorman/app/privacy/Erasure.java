package org.doorman.app.privacy;

import java.time.Clock;
import org.doorman.app.contacts.ContactErasure;
import org.doorman.app.meetings.MeetingErasure;
import org.doorman.app.members.MemberErasure;
import org.doorman.app.requests.RequestErasure;
import org.doorman.app.webhooks.Outbox;
import org.doorman.core.lifecycle.MemberId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a member (GDPR article 17): their profile, tokens, strategy, templates, tasks, contacts and received requests
 * go; what other members keep is anonymised; open requests from them end silently. Logged without personal data.
 */
@Service
class Erasure {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);

    enum Who {
        MEMBER("at their own request"),
        OPERATOR("by the operator");

        final String words;

        Who(String words) {
            this.words = words;
        }
    }

    private final MemberErasure members;
    private final RequestErasure requests;
    private final Outbox outbox;
    private final ContactErasure contacts;
    private final MeetingErasure meetings;
    private final Clock clock;

    Erasure(
            MemberErasure members,
            RequestErasure requests,
            Outbox outbox,
            ContactErasure contacts,
            MeetingErasure meetings,
            Clock clock) {
        this.members = members;
        this.requests = requests;
        this.outbox = outbox;
        this.contacts = contacts;
        this.meetings = meetings;
        this.clock = clock;
    }

    /**
     * Erases the member; answers false (and changes nothing) when there is no such member. Each capability erases its
     * own rows, in this order: what others keep points at the former member, whose row comes first; what names the
     * member goes before the rows it points at; the member's row goes last.
     */
    @Transactional
    public boolean erase(MemberId memberId, Who who) {
        if (!members.erasable(memberId)) {
            return false;
        }
        var formerMember = members.formerMember();
        var involved = requests.involving(memberId);
        // Webhook events about the member or their requests carry names and texts: they go first.
        outbox.forget(memberId, involved.all());
        contacts.erase(memberId, involved.received());
        var erased = requests.erase(memberId, involved, formerMember, clock.instant());
        meetings.erase(memberId, formerMember.id());
        members.erase(memberId);
        log.info(
                "Erased a member {}: {} sent requests anonymised ({} open ones ended silently), {} received deleted",
                who.words,
                erased.sentAnonymised(),
                erased.openEnded(),
                erased.receivedDeleted());
        return true;
    }
}
