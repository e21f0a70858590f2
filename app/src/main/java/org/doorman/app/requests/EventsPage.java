package org.doorman.app.requests;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.doorman.app.events.EventId;
import org.doorman.app.events.Events;
import org.doorman.app.meetings.Meetings;
import org.doorman.app.members.CurrentMember;
import org.doorman.app.members.Member;
import org.doorman.app.members.MemberDirectory;
import org.doorman.app.web.Moments;
import org.doorman.core.lifecycle.RequestState;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Events and meetings: the network's official events (upcoming, and recent ones one can say one attended), the form
 * to record a meeting, and for every requester waiting under a meet-in-person policy how far they have come.
 */
@Controller
class EventsPage {

    private static final Duration RECENT = Duration.ofDays(60);
    private static final Duration AHEAD = Duration.ofDays(365);

    private final Events events;
    private final Meetings meetings;
    private final RequestDesk desk;
    private final MemberDirectory members;
    private final Clock clock;

    EventsPage(Events events, Meetings meetings, RequestDesk desk, MemberDirectory members, Clock clock) {
        this.events = events;
        this.meetings = meetings;
        this.desk = desk;
        this.members = members;
        this.clock = clock;
    }

    @GetMapping("/events")
    String events(@AuthenticationPrincipal CurrentMember me, Locale locale, Model model) {
        var now = clock.instant();
        model.addAttribute(
                "upcoming",
                events.official(now, now.plus(AHEAD)).stream()
                        .map(e ->
                                new EventRow(e.id(), e.title(), Moments.of(e.startsAt(), locale), e.location(), false))
                        .toList());
        model.addAttribute(
                "recent",
                events.official(now.minus(RECENT), now).stream()
                        .map(e -> new EventRow(
                                e.id(),
                                e.title(),
                                Moments.of(e.startsAt(), locale),
                                e.location(),
                                meetings.attended(new EventId(e.id()), me.memberId())))
                        .toList());
        var waiting = desk.inbox(
                me.memberId(),
                new InboxFilter(java.util.Set.of(RequestState.AWAITING_MEETINGS), Optional.empty()),
                100,
                0);
        model.addAttribute(
                "progress",
                waiting.stream()
                        .map(s -> {
                            int required = s.request().meetingsRequired().orElse(2);
                            int met = Math.min(required, meetings.countRecognizedBy(me.memberId(), s.sender()));
                            return new Progress(
                                    s.id().value(),
                                    members.find(s.sender()).map(Member::name).orElse("?"),
                                    met,
                                    required);
                        })
                        .toList());
        model.addAttribute(
                "members",
                members.byName(500).stream()
                        .filter(m -> !m.id().equals(me.id()))
                        .toList());
        return "requests/events";
    }

    record EventRow(String id, String title, String startsAt, String location, boolean attended) {}

    record Progress(String requestId, String requester, int met, int required) {
        public java.util.List<Boolean> dots() {
            var dots = new java.util.ArrayList<Boolean>();
            for (int i = 0; i < required; i++) {
                dots.add(i < met);
            }
            return dots;
        }
    }
}
