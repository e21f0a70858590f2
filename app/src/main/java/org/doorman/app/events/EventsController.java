package org.doorman.app.events;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.doorman.app.ids.Ids;
import org.doorman.app.time.Instants;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/events")
class EventsController {

    private static final int MAX_TEXT = 300;
    private static final int UPCOMING = 50;

    private final JdbcEvents events;
    private final Clock clock;

    EventsController(JdbcEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Operator only (see the security set-up). */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Announce an event (operator)")
    Event create(@RequestBody NewEvent body) {
        var now = clock.instant();
        Instant startsAt = instant("startsAt", body.startsAt());
        Instant endsAt = body.endsAt() == null || body.endsAt().isBlank()
                ? startsAt.plus(EventView.DEFAULT_LENGTH)
                : instant("endsAt", body.endsAt());
        if (!endsAt.isAfter(startsAt)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "'endsAt' (" + endsAt + ") must lie after 'startsAt' (" + startsAt + ").");
        }
        var event = new Event(
                Ids.next("ev"),
                text("title", body.title(), true),
                startsAt,
                text("location", body.location(), false),
                Boolean.TRUE.equals(body.official()),
                endsAt);
        events.add(event);
        return event;
    }

    /** The events that have not begun yet, soonest first. */
    @GetMapping
    @Operation(summary = "The events that have not begun yet, soonest first")
    List<Event> upcoming() {
        return events.upcoming(clock.instant(), UPCOMING);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An event")
    Event event(@PathVariable String id) {
        return EventId.fromCaller(id)
                .flatMap(events::stored)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no event " + id + "."));
    }

    private static String text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "An event needs a '" + field + "'.");
            }
            return "";
        }
        if (value.strip().length() > MAX_TEXT) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "'" + field + "' has at most " + MAX_TEXT + " characters.");
        }
        return value.strip();
    }

    private static Instant instant(String field, String value) {
        return Instants.parse(field, value)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "An event needs '" + field + "', e.g. 2026-03-12T18:00:00+01:00."));
    }

    /** {@code endsAt} is optional: a day after the start when not given. */
    record NewEvent(String title, String startsAt, String location, Boolean official, String endsAt) {}
}
