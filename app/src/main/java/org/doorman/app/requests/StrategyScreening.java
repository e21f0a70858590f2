package org.doorman.app.requests;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorman.app.contacts.Contacts;
import org.doorman.app.events.Events;
import org.doorman.app.members.Member;
import org.doorman.app.senders.ScreeningFacts;
import org.doorman.app.strategy.MemberStrategies;
import org.doorman.core.lifecycle.Screened;
import org.doorman.core.lifecycle.UpcomingEvent;
import org.doorman.core.screening.Language;
import org.doorman.core.screening.Screener;
import org.doorman.core.screening.ScreeningInput;
import org.doorman.core.screening.Signal;
import org.doorman.core.strategy.Decision;
import org.springframework.stereotype.Component;

/**
 * Screens a new request with the recipient's strategy, from what the network knows at {@code now}: both profiles, the
 * sender's record and the relationship; and gathers what the lifecycle needs to carry the decision out.
 */
@Component
class StrategyScreening {

    /** The decision with the lifecycle's inputs, and what is stored about it. */
    record Outcome(Screened screened, ScreeningRecord record, List<Signal> signals) {}

    private final Screener screener;
    private final MemberStrategies strategies;
    private final ScreeningFacts facts;
    private final Relationships relationships;
    private final Events events;
    private final RequestMetrics metrics;

    StrategyScreening(
            Screener screener,
            MemberStrategies strategies,
            ScreeningFacts facts,
            Relationships relationships,
            Events events,
            RequestMetrics metrics) {
        this.screener = screener;
        this.strategies = strategies;
        this.facts = facts;
        this.relationships = relationships;
        this.events = events;
        this.metrics = metrics;
    }

    /** Screens with what the caller read already: the sending history and how the recipient stands to the sender. */
    Outcome screen(
            Member sender,
            Member recipient,
            String message,
            Instant now,
            SendingHistory history,
            Contacts.Standing recipientToSender) {
        var started = metrics.startDecision();
        var chosen = strategies.of(recipient.memberId());
        var context = relationships.between(
                sender.memberId(),
                recipient.memberId(),
                now,
                recipientToSender,
                history.lastConversation(),
                chosen.confirmedAttendanceOnly());
        var input = new ScreeningInput(
                message,
                Optional.empty(),
                recipient.screeningProfile(),
                sender.screeningProfile(),
                facts.senderStats(sender.memberId(), now),
                context);
        var strategy = chosen.strategy();
        Decision decision = strategy.evaluate(screener.screen(input));
        metrics.screened(decision, started);
        var screened = new Screened(
                decision,
                sender.name(),
                recipient.name(),
                language(sender.language()),
                language(recipient.language()),
                history.lastQuestion(),
                events.nextOfficial(now).map(e -> new UpcomingEvent(e.title(), e.startsAt(), e.location())),
                Map.of(Language.DE, strategy.describe(Language.DE), Language.EN, strategy.describe(Language.EN)),
                context.metInPerson());
        return new Outcome(screened, ScreeningRecord.of(decision), decision.signals());
    }

    /**
     * What the recipient's strategy would decide about a draft, from what the network knows at {@code now}; without a
     * sender, screened as from a stranger. Stores nothing.
     */
    Decision dryRun(Optional<Member> sender, Member recipient, String message, Instant now) {
        var input = new ScreeningInput(
                message,
                Optional.empty(),
                recipient.screeningProfile(),
                sender.map(Member::screeningProfile).orElse(null),
                sender.map(s -> facts.senderStats(s.memberId(), now)).orElse(null),
                sender.map(s -> relationships.between(s.memberId(), recipient.memberId(), now))
                        .orElse(null));
        return strategies.strategyOf(recipient.memberId()).evaluate(screener.screen(input));
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElse(Language.OTHER);
    }
}
