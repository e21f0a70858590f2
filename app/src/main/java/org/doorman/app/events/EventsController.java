package org.doorman.app.events;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.doorman.app.time.DateTime;
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

    private static final int UPCOMING = 50;

    private final JdbcEvents events;
    private final EventBoard board;
    private final Clock clock;

    EventsController(JdbcEvents events, EventBoard board, Clock clock) {
        this.events = events;
        this.board = board;
        this.clock = clock;
    }

    /** Operator only (see the security set-up). */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Announce an event (operator)")
    EventView create(@Valid @RequestBody NewEvent body) {
        var now = clock.instant();
        Instant startsAt = instant("startsAt", body.startsAt());
        Instant endsAt = body.endsAt() == null || body.endsAt().isBlank()
                ? startsAt.plus(EventView.DEFAULT_LENGTH)
                : instant("endsAt", body.endsAt());
        if (!endsAt.isAfter(startsAt)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "'endsAt' (" + endsAt + ") must lie after 'startsAt' (" + startsAt + ").");
        }
        return board.announce(
                body.title().strip(),
                startsAt,
                endsAt,
                body.location() == null ? "" : body.location().strip(),
                Boolean.TRUE.equals(body.official()));
    }

    /** The events that have not begun yet, soonest first. */
    @GetMapping
    @Operation(summary = "The events that have not begun yet, soonest first")
    List<EventView> upcoming() {
        return events.upcoming(clock.instant(), UPCOMING);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An event")
    EventView event(@PathVariable String id) {
        return EventId.fromCaller(id)
                .flatMap(events::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no event " + id + "."));
    }

    /** Checked by {@link NewEvent}'s constraints, so there is one. */
    private static Instant instant(String field, String value) {
        return Instants.parse(field, value).orElseThrow();
    }

    /** {@code endsAt} is optional: a day after the start when not given. */
    record NewEvent(
            @NotBlank(message = "is missing") @Size(max = 300, message = TOO_LONG)
            String title,

            @NotBlank(message = "is missing: e.g. 2026-03-12T18:00:00+01:00") @DateTime
            String startsAt,

            @Size(max = 300, message = TOO_LONG) String location,
            Boolean official,
            @DateTime String endsAt) {

        private static final String TOO_LONG = "has at most 300 characters";
    }
}
