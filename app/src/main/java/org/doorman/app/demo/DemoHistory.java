package org.doorman.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.doorman.app.contacts.Contacts;
import org.doorman.app.events.EventView;
import org.doorman.app.ids.Ids;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.screening.Category;
import org.doorman.core.strategy.Action;
import org.doorman.core.strategy.Condition;
import org.doorman.core.strategy.Rule;
import org.doorman.core.strategy.Strategy;
import org.doorman.core.strategy.StrategyFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened in the demo network before today: events (official and not), who attended, meetings in person and
 * confirmed contacts, and one member's strategy. They are written as seed rows: the app creates them only from the API.
 */
@Component
class DemoHistory {

    private final JdbcClient jdbc;
    private final Contacts contacts;

    DemoHistory(JdbcClient jdbc, Contacts contacts) {
        this.jdbc = jdbc;
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

        meeting(ids.get("eva"), ids.get("priya"), now.minus(days(12)), fintechSummit.id(), now);
        meeting(ids.get("eva"), ids.get("priya"), now.minus(days(3)), null, now);
        meeting(ids.get("tom"), ids.get("olivia"), now.minus(days(5)), climateMeetup.id(), now);

        // Sabine lets only people she has met twice at the network's events in.
        jdbc.sql("INSERT INTO strategies (member_id, preset, rules, updated_at) VALUES (?, 'meet-twice', NULL, ?)")
                .params(ids.get("sabine"), now.minus(days(60)).toEpochMilli())
                .update();

        // Eva wants to meet people who only name common ground before she connects: her own rules.
        var rules = new java.util.ArrayList<>(Strategy.preset("default").rules());
        rules.add(
                rules.size() - 1,
                new Rule(
                        "common-ground-meet",
                        "common ground -> invite to the next event, accept after 2 meetings",
                        Condition.category(Category.COMMON_GROUND),
                        Action.INVITE_TO_EVENT,
                        java.util.Optional.of(2)));
        jdbc.sql("INSERT INTO strategies (member_id, preset, rules, updated_at) VALUES (?, NULL, ?, ?)")
                .params(
                        ids.get("eva"),
                        StrategyFiles.render(new Strategy("eva", rules)),
                        now.minus(days(20)).toEpochMilli())
                .update();

        contacts.confirm(new MemberId(ids.get("eva")), new MemberId(ids.get("sabine")), null, now.minus(days(400)));
        contacts.confirm(new MemberId(ids.get("eva")), new MemberId(ids.get("katrin")), null, now.minus(days(700)));
        contacts.confirm(new MemberId(ids.get("eva")), new MemberId(ids.get("tom")), null, now.minus(days(90)));
        contacts.confirm(new MemberId(ids.get("tom")), new MemberId(ids.get("priya")), null, now.minus(days(200)));
        contacts.confirm(new MemberId(ids.get("tom")), new MemberId(ids.get("sabine")), null, now.minus(days(30)));
    }

    /** A meeting recorded as seed row, after the requests were screened. */
    void meetOnce(String memberId, String otherId, Instant now) {
        meeting(memberId, otherId, now.minus(Duration.ofDays(1)), null, now);
    }

    private EventView event(String title, Instant startsAt, String location, boolean official) {
        var event = new EventView(Ids.next("e"), title, startsAt, location, official);
        jdbc.sql("INSERT INTO events (id, title, starts_at, location, official, ends_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        event.id(),
                        title,
                        startsAt.toEpochMilli(),
                        location,
                        official,
                        event.endsAt().toEpochMilli())
                .update();
        return event;
    }

    /** Attendance keeps what meetings count of its event (see V52). */
    private void attend(EventView event, Map<String, String> ids, String... handles) {
        for (String handle : handles) {
            jdbc.sql("""
                            INSERT INTO event_attendance (event_id, member_id, event_official, event_starts_at)
                            VALUES (?, ?, ?, ?)""")
                    .params(
                            event.id(),
                            ids.get(handle),
                            event.official(),
                            event.startsAt().toEpochMilli())
                    .update();
        }
    }

    private void meeting(String memberId, String otherId, Instant at, String eventId, Instant now) {
        jdbc.sql("""
                        INSERT INTO meetings (id, member_id, other_id, met_at, event_id, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(Ids.next("mt"), memberId, otherId, at.toEpochMilli(), eventId, now.toEpochMilli())
                .update();
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }
}
