package org.doorman.app.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.doorman.app.events.EventId;
import org.doorman.app.events.EventView;
import org.doorman.app.events.Events;
import org.doorman.app.ids.Ids;
import org.doorman.app.members.MemberDirectory;
import org.doorman.core.lifecycle.MemberId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.server.ResponseStatusException;

/** Records meetings in person and event attendance, and tells the rest of the app once they are stored. */
@Service
public class MeetingDesk {

    // A client's clock may run a little ahead of ours; a meeting "now" must not be refused for that.
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final JdbcMeetings meetings;
    private final Events events;
    private final MemberDirectory members;
    private final ApplicationEventPublisher publisher;

    MeetingDesk(JdbcMeetings meetings, Events events, MemberDirectory members, ApplicationEventPublisher publisher) {
        this.meetings = meetings;
        this.events = events;
        this.members = members;
        this.publisher = publisher;
    }

    /**
     * Records that {@code memberId} met {@code otherId} at {@code at} (the event's start when not given), recorded at
     * {@code now}, which a meeting may not lie after. {@code now} is a parameter so that history written after the
     * fact (the demo) can record it; the API passes the clock's time.
     */
    @Transactional
    public Meeting record(
            MemberId memberId, MemberId otherId, Optional<Instant> at, Optional<EventId> eventId, Instant now) {
        if (memberId.equals(otherId)) {
            throw refused(HttpStatus.BAD_REQUEST, "A meeting needs another member: 'with' is your own id.");
        }
        if (members.find(otherId).isEmpty()) {
            throw noMember(otherId.value());
        }
        Optional<EventView> event = eventId.map(id -> events.find(id).orElseThrow(() -> noEvent(id.value())));
        Instant metAt = at.or(() -> event.map(EventView::startsAt))
                .orElseThrow(() ->
                        refused(HttpStatus.BAD_REQUEST, "Say when you met: 'at' as an ISO-8601 date-time is missing."));
        if (metAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw refused(
                    HttpStatus.BAD_REQUEST, "A meeting in person cannot lie in the future: 'at' is " + metAt + ".");
        }
        var meeting =
                new Meeting(Ids.next("mt"), memberId.value(), otherId.value(), metAt, eventId.map(EventId::value), now);
        meetings.add(meeting);
        publishAfterCommit(new MeetingRecorded(memberId, otherId, metAt));
        return meeting;
    }

    /**
     * Records that the member attended the event, between its start and its end (409 before and after); every other
     * attendee now met them once more, if the event is official. {@code now} is a parameter so that history written
     * after the fact (the demo) can mark attendance within a past event; the API passes the clock's time.
     */
    @Transactional
    public Attendance attend(EventId eventId, MemberId memberId, Instant now) {
        EventView event = events.find(eventId).orElseThrow(() -> noEvent(eventId.value()));
        if (members.find(memberId).isEmpty()) {
            throw noMember(memberId.value());
        }
        if (event.startsAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw refused(
                    HttpStatus.CONFLICT,
                    "Attendance counts once the event has begun; '" + event.title() + "' starts at " + event.startsAt()
                            + ".");
        }
        if (now.isAfter(event.endsAt())) {
            throw refused(
                    HttpStatus.CONFLICT,
                    "Attendance can be marked until the event ends; '" + event.title() + "' ended at " + event.endsAt()
                            + ".");
        }
        boolean added = meetings.attend(event, memberId.value());
        var others = meetings.attendeesBesides(eventId.value(), memberId.value());
        if (added) {
            others.forEach(
                    other -> publishAfterCommit(new MeetingRecorded(memberId, new MemberId(other), event.startsAt())));
        }
        return new Attendance(eventId.value(), memberId.value(), others.size() + 1);
    }

    /**
     * The organiser's list of who attended: the listed members' attendance is confirmed (and recorded if they never
     * marked it), everyone else's stays self-declared. Unknown members, and ids that cannot be one, are refused and
     * nothing changes (404).
     */
    @Transactional
    Confirmed confirm(EventId eventId, List<String> memberIds) {
        EventView event = events.find(eventId).orElseThrow(() -> noEvent(eventId.value()));
        var listed = new LinkedHashSet<>(memberIds);
        for (String memberId : listed) {
            if (Ids.member(memberId).flatMap(members::find).isEmpty()) {
                throw noMember(memberId);
            }
        }
        meetings.confirm(event, listed);
        var ids = List.copyOf(listed);
        afterCommit(
                new AttendanceConfirmed(eventId, ids.stream().map(MemberId::new).toList()));
        return new Confirmed(eventId.value(), ids);
    }

    private void publishAfterCommit(MeetingRecorded meeting) {
        afterCommit(meeting);
    }

    private void afterCommit(Object meeting) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publisher.publishEvent(meeting);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publisher.publishEvent(meeting);
            }
        });
    }

    /** What an unknown member answers, also for an id that cannot be one. */
    static ResponseStatusException noMember(String id) {
        return refused(HttpStatus.NOT_FOUND, "There is no member with id '" + id + "'.");
    }

    /** What an unknown event answers, also for an id that cannot be one. */
    static ResponseStatusException noEvent(String id) {
        return refused(HttpStatus.NOT_FOUND, "There is no event with id '" + id + "'.");
    }

    private static ResponseStatusException refused(HttpStatus status, String detail) {
        return new ResponseStatusException(status, detail);
    }

    public record Attendance(String eventId, String memberId, int attendees) {}

    /** The members whose attendance the organiser confirmed. */
    record Confirmed(String eventId, List<String> confirmed) {}
}
