package org.doorman.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import org.doorman.app.contacts.Contacts;
import org.doorman.app.events.EventBoard;
import org.doorman.app.events.EventId;
import org.doorman.app.events.EventView;
import org.doorman.app.meetings.MeetingDesk;
import org.doorman.app.strategy.MemberStrategies;
import org.doorman.app.strategy.MemberStrategy;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.screening.Category;
import org.doorman.core.strategy.Action;
import org.doorman.core.strategy.Condition;
import org.doorman.core.strategy.Rule;
import org.doorman.core.strategy.Strategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened in the demo network before today: events (official and not), who attended, meetings in person and
 * confirmed contacts, and two members' strategies. Each is written through its capability, at the past time it
 * happened.
 */
@Component
class DemoHistory {

    private final EventBoard events;
    private final MeetingDesk meetings;
    private final MemberStrategies strategies;
    private final Contacts contacts;

    DemoHistory(EventBoard events, MeetingDesk meetings, MemberStrategies strategies, Contacts contacts) {
        this.events = events;
        this.meetings = meetings;
        this.strategies = strategies;
        this.contacts = contacts;
    }

    /** @param ids the demo members' ids by handle */
    @Transactional
    void write(Map<String, String> ids, Instant now) {
        EventView stammtischMarch =
                event("Gründerstammtisch Köln – März", now.minus(days(40)), "Startplatz, Köln", true);
        EventView fintechSummit = event("Fintech Summit Köln", now.minus(days(12)), "Gürzenich, Köln", true);
        EventView climateMeetup = event("Climate Tech Meetup", now.minus(days(5)), "Impact Hub, Köln", false);
        event("Gründerstammtisch Köln – Juni", now.plus(days(10)), "Startplatz, Köln", true);
        event("Alumni-Sommerfest", now.plus(days(30)), "Universität zu Köln, Hauptgebäude", true);

        // Attending the same event counts as meeting in person, so only people who know each other share one here.
        attend(stammtischMarch, ids, "eva", "katrin", "sabine");
        attend(fintechSummit, ids, "eva", "priya");
        attend(climateMeetup, ids, "tom", "olivia", "priya");

        meeting(ids.get("eva"), ids.get("priya"), now.minus(days(12)), Optional.of(fintechSummit), now);
        meeting(ids.get("eva"), ids.get("priya"), now.minus(days(3)), Optional.empty(), now);
        meeting(ids.get("tom"), ids.get("olivia"), now.minus(days(5)), Optional.of(climateMeetup), now);

        // Sabine lets only people she has met twice at the network's events in.
        strategies.put(
                new MemberId(ids.get("sabine")),
                new MemberStrategy(Optional.of("meet-twice"), Strategy.preset("meet-twice"), false),
                now.minus(days(60)));

        // Eva wants to meet people who only name common ground before she connects: her own rules.
        var rules = new ArrayList<>(Strategy.preset("default").rules());
        rules.add(
                rules.size() - 1,
                new Rule(
                        "common-ground-meet",
                        "common ground -> invite to the next event, accept after 2 meetings",
                        Condition.category(Category.COMMON_GROUND),
                        Action.INVITE_TO_EVENT,
                        Optional.of(2)));
        strategies.put(
                new MemberId(ids.get("eva")),
                new MemberStrategy(Optional.empty(), new Strategy("eva", rules), false),
                now.minus(days(20)));

        contacts.confirm(new MemberId(ids.get("eva")), new MemberId(ids.get("sabine")), null, now.minus(days(400)));
        contacts.confirm(new MemberId(ids.get("eva")), new MemberId(ids.get("katrin")), null, now.minus(days(700)));
        contacts.confirm(new MemberId(ids.get("eva")), new MemberId(ids.get("tom")), null, now.minus(days(90)));
        contacts.confirm(new MemberId(ids.get("tom")), new MemberId(ids.get("priya")), null, now.minus(days(200)));
        contacts.confirm(new MemberId(ids.get("tom")), new MemberId(ids.get("sabine")), null, now.minus(days(30)));
    }

    /** A meeting the day before, recorded after the requests were screened. */
    void meetOnce(String memberId, String otherId, Instant now) {
        meeting(memberId, otherId, now.minus(Duration.ofDays(1)), Optional.empty(), now);
    }

    private EventView event(String title, Instant startsAt, String location, boolean official) {
        return events.announce(title, startsAt, startsAt.plus(EventView.DEFAULT_LENGTH), location, official);
    }

    /** Each marks their attendance while the event runs, at its start. */
    private void attend(EventView event, Map<String, String> ids, String... handles) {
        for (String handle : handles) {
            meetings.attend(new EventId(event.id()), new MemberId(ids.get(handle)), event.startsAt());
        }
    }

    private void meeting(String memberId, String otherId, Instant at, Optional<EventView> event, Instant now) {
        meetings.record(
                new MemberId(memberId),
                new MemberId(otherId),
                Optional.of(at),
                event.map(EventView::id).map(EventId::new),
                now);
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }
}
