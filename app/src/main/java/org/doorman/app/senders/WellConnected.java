package org.doorman.app.senders;

import java.time.Duration;
import java.time.Instant;
import org.doorman.app.contacts.Contacts;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.stereotype.Component;

/**
 * Whether a member is unusually well connected for this network: more contacts than the network's
 * {@code well-connected-percentile} (90th) and at least {@code well-connected-contacts}. The percentile is read
 * afresh at most every {@link #REFRESH}, as requests are recorded, so that a growing network moves the bar.
 */
@Component
class WellConnected {

    static final Duration REFRESH = Duration.ofMinutes(10);

    private record Bar(int contacts, Instant at) {}

    private final Contacts contacts;
    private final CollectorSettings settings;
    private volatile Bar bar;

    WellConnected(Contacts contacts, CollectorSettings settings) {
        this.contacts = contacts;
        this.settings = settings;
    }

    boolean is(MemberId member, Instant now) {
        return contacts.count(member) >= fewestContacts(now);
    }

    /** The fewest contacts that count as well connected as of {@code now}. */
    int fewestContacts(Instant now) {
        var current = bar;
        if (current == null || Duration.between(current.at(), now).abs().compareTo(REFRESH) > 0) {
            int aboveThePercentile = contacts.countAtPercentile(settings.wellConnectedPercentile()) + 1;
            current = new Bar(Math.max(settings.wellConnectedContacts(), aboveThePercentile), now);
            bar = current;
        }
        return current.contacts();
    }
}
