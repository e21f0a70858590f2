package org.doorman.app.strategy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorman.app.events.EventView;
import org.doorman.app.events.Events;
import org.doorman.app.members.MemberNames;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.Purpose;
import org.doorman.core.screening.Language;
import org.doorman.core.strategy.Action;
import org.springframework.stereotype.Service;

/** Renders templates in the member's own words or Doorman's defaults. */
@Service
class TemplateBook implements MessageTemplates {

    static final int DEFAULT_MEETINGS = 2;

    private final JdbcTemplateStore store;
    private final Events events;
    private final Clock clock;
    private final TemplateSettings settings;
    private final MemberStrategies strategies;
    private final MemberNames names;

    TemplateBook(
            JdbcTemplateStore store,
            Events events,
            Clock clock,
            TemplateSettings settings,
            MemberStrategies strategies,
            MemberNames names) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
        this.strategies = strategies;
        this.names = names;
    }

    @Override
    public String render(MemberId memberId, Purpose known, Language language, Map<String, String> values) {
        Language written = language == Language.DE ? Language.DE : Language.EN;
        String body = store.body(memberId, known, written).orElseGet(() -> DefaultTemplates.of(known, written));
        return Placeholders.fill(body, completed(memberId, known, written, values));
    }

    private Map<String, String> completed(
            MemberId memberId, Purpose purpose, Language language, Map<String, String> given) {
        Map<String, String> values = new HashMap<>(given == null ? Map.of() : given);
        // the lifecycle gives the member's name with its effect; other callers may leave it to be looked up
        String member = values.get("member");
        if (member == null || member.isBlank()) {
            values.remove("member");
            var named = names.of(List.of(memberId));
            if (named.containsKey(memberId)) {
                values.put("member", named.get(memberId));
            }
        }
        ZoneId zone = settings.timeZone();
        if (purpose == Purpose.INVITE_TO_EVENT) {
            values.computeIfAbsent("meetings", key -> Integer.toString(meetingsRequired(memberId)));
            values.putIfAbsent("times", Placeholders.times(meetings(values.get("meetings")), language == Language.DE));
            values.computeIfAbsent("event", key -> EventSentence.of(nextEvent(values), language, zone));
        }
        instant(values.get("eventStartsAt"))
                .ifPresent(at -> values.put("eventStartsAt", EventSentence.when(at, language, zone)));
        instant(values.get("due")).ifPresent(at -> values.put("due", EventSentence.day(at, language, zone)));
        return values;
    }

    /** The event the caller proposes, else the next official one. */
    private Optional<EventView> nextEvent(Map<String, String> values) {
        String title = values.get("eventTitle");
        Optional<Instant> startsAt = instant(values.get("eventStartsAt"));
        if (title != null && !title.isBlank() && startsAt.isPresent()) {
            return Optional.of(new EventView("", title, startsAt.get(), values.get("eventLocation")));
        }
        return events.nextOfficial(clock.instant());
    }

    private static Optional<Instant> instant(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The meetings the member's strategy waits for before it accepts. */
    private int meetingsRequired(MemberId memberId) {
        return strategies.strategyOf(memberId).rules().stream()
                .filter(rule -> rule.action() == Action.INVITE_TO_EVENT)
                .flatMap(rule -> rule.meetings().stream())
                .findFirst()
                .orElse(DEFAULT_MEETINGS);
    }

    private static int meetings(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return DEFAULT_MEETINGS;
        }
    }
}
