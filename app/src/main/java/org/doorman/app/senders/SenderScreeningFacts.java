package org.doorman.app.senders;

import java.time.Instant;
import org.doorman.app.contacts.Contacts;
import org.doorman.app.meetings.Meetings;
import org.doorman.app.strategy.MemberStrategies;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.screening.SenderStats;
import org.springframework.stereotype.Service;

@Service
class SenderScreeningFacts implements ScreeningFacts {

    private final Meetings meetings;
    private final Contacts contacts;
    private final MemberStrategies strategies;
    private final SenderRecords records;

    SenderScreeningFacts(Meetings meetings, Contacts contacts, MemberStrategies strategies, SenderRecords records) {
        this.meetings = meetings;
        this.contacts = contacts;
        this.strategies = strategies;
        this.records = records;
    }

    /** From the senders capability's own record, kept up to date as things happen; no other table is read. */
    @Override
    public SenderStats senderStats(MemberId sender, Instant now) {
        return records.stats(sender, now);
    }

    @Override
    public int meetingsRecognized(MemberId member, MemberId requester) {
        return meetings.countRecognizedBy(
                member, requester, contacts.removedAt(member, requester), strategies.confirmedAttendanceOnly(member));
    }
}
