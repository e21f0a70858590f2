package org.doorman.app.meetings;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorman.app.events.EventId;
import org.doorman.app.ids.Ids;
import org.doorman.app.members.CurrentMember;
import org.doorman.app.time.DateTime;
import org.doorman.app.time.Instants;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class MeetingsController {

    private final MeetingDesk desk;
    private final Meetings meetings;
    private final Clock clock;

    MeetingsController(MeetingDesk desk, Meetings meetings, Clock clock) {
        this.desk = desk;
        this.meetings = meetings;
        this.clock = clock;
    }

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a meeting in person with another member")
    MeetingView record(@Valid @RequestBody NewMeeting body, @AuthenticationPrincipal CurrentMember me) {
        String with = body.with().strip();
        var meeting = desk.record(
                me.memberId(),
                Ids.member(with).orElseThrow(() -> MeetingDesk.noMember(with)),
                Instants.parse("at", body.at()),
                Optional.ofNullable(body.eventId())
                        .filter(id -> !id.isBlank())
                        .map(id -> EventId.fromCaller(id).orElseThrow(() -> MeetingDesk.noEvent(id))),
                clock.instant());
        return new MeetingView(
                meeting.id(),
                meeting.otherId().value(),
                meeting.at(),
                meeting.eventId().map(EventId::value).orElse(null),
                meetings.countRecognizedBy(me.memberId(), meeting.otherId()));
    }

    /** The caller attended the event (once it has begun); everyone else who attended met them once more. */
    @PostMapping("/events/{eventId}/attendance")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Say you attended an event that has begun")
    MeetingDesk.Attendance attend(@PathVariable String eventId, @AuthenticationPrincipal CurrentMember me) {
        return desk.attend(
                EventId.fromCaller(eventId).orElseThrow(() -> MeetingDesk.noEvent(eventId)),
                me.memberId(),
                clock.instant());
    }

    /** Operator only (see the security set-up): the organiser's list of who attended, each confirmed. */
    @PutMapping("/events/{eventId}/attendance")
    @Operation(summary = "Confirm who attended an event (operator)")
    MeetingDesk.Confirmed confirm(@PathVariable String eventId, @Valid @RequestBody AttendanceList body) {
        return desk.confirm(
                EventId.fromCaller(eventId).orElseThrow(() -> MeetingDesk.noEvent(eventId)), body.members());
    }

    record AttendanceList(
            @NotNull(message = "is missing: give the attendance list as {\"members\": [member ids]}")
            @Size(max = 2000, message = "has at most 2000 members")
            List<String> members) {}

    record NewMeeting(
            @NotBlank(message = "is missing: say whom you met, as a member id")
            String with,

            @DateTime String at,
            String eventId) {}

    /** A recorded meeting, and how often the caller has met the other member now, as the caller sees it. */
    record MeetingView(String id, String with, Instant at, String eventId, int meetings) {}
}
