package org.doorman.app.members;

import java.time.Clock;
import java.time.Instant;
import org.doorman.app.ids.Ids;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Counts a look at a member's profile and announces it ({@link ProfileVisited}); whether a requester read it first is a
 * signal for the recipient.
 */
@Service
public class ProfileVisits {

    private final JdbcMembers members;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProfileVisits(JdbcMembers members, Clock clock, ApplicationEventPublisher events) {
        this.members = members;
        this.clock = clock;
        this.events = events;
    }

    /** Records that {@code visitorId} viewed {@code visitedId}'s profile now; a member viewing their own does not count. */
    public void record(MemberId visitorId, MemberId visitedId) {
        if (visitorId.equals(visitedId)) {
            return;
        }
        long now = clock.millis();
        members.recordVisit(Ids.next("v"), visitorId.value(), visitedId.value(), now);
        events.publishEvent(new ProfileVisited(visitorId, visitedId, Instant.ofEpochMilli(now)));
    }
}
