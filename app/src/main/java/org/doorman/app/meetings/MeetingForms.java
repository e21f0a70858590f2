package org.doorman.app.meetings;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.doorman.app.events.EventId;
import org.doorman.app.ids.Ids;
import org.doorman.app.members.CurrentMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The events page's forms: record a meeting in person, say one attended an event. Same desk as the API. */
@Controller
class MeetingForms {

    private final MeetingDesk desk;
    private final Clock clock;

    MeetingForms(MeetingDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @PostMapping("/events/meetings")
    String record(
            @AuthenticationPrincipal CurrentMember me,
            @RequestParam(defaultValue = "") String with,
            @RequestParam(defaultValue = "") String at,
            @RequestParam(defaultValue = "") String eventId,
            RedirectAttributes redirect) {
        try {
            desk.record(
                    me.memberId(),
                    Ids.member(with.strip()).orElseThrow(() -> MeetingDesk.noMember(with.strip())),
                    when(at),
                    Optional.of(eventId.strip())
                            .filter(id -> !id.isEmpty())
                            .map(id -> EventId.fromCaller(id).orElseThrow(() -> MeetingDesk.noEvent(id))),
                    clock.instant());
            redirect.addFlashAttribute("recorded", true);
        } catch (ResponseStatusException refused) {
            redirect.addFlashAttribute("problem", refused.getReason());
        }
        return "redirect:/events";
    }

    @PostMapping("/events/{eventId}/attend")
    String attend(
            @AuthenticationPrincipal CurrentMember me, @PathVariable String eventId, RedirectAttributes redirect) {
        try {
            desk.attend(
                    EventId.fromCaller(eventId).orElseThrow(() -> MeetingDesk.noEvent(eventId)),
                    me.memberId(),
                    clock.instant());
            redirect.addFlashAttribute("attended", true);
        } catch (ResponseStatusException refused) {
            redirect.addFlashAttribute("problem", refused.getReason());
        }
        return "redirect:/events";
    }

    private static Optional<java.time.Instant> when(String at) {
        if (at.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(at.strip())
                    .atZone(ZoneId.systemDefault())
                    .toInstant());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "Not a date and time: " + at);
        }
    }
}
