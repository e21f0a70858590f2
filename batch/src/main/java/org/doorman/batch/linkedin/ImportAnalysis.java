package org.doorman.batch.linkedin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.doorman.core.screening.Profile;
import org.doorman.core.screening.RequestContext;
import org.doorman.core.screening.Screener;
import org.doorman.core.screening.ScreeningInput;
import org.doorman.core.screening.SenderStats;
import org.doorman.core.strategy.Strategy;

/**
 * Turns an export into findings: the pending incoming invitations (incoming, from someone not yet a connection)
 * screened with a strategy, and the connections ranked for pruning from the messages exchanged with them.
 */
public final class ImportAnalysis {

    private static final Duration A_YEAR = Duration.ofDays(365);

    private final Screener screener;
    private final Strategy strategy;

    public ImportAnalysis(Screener screener, Strategy strategy) {
        this.screener = screener;
        this.strategy = strategy;
    }

    /**
     * The findings for {@code recipient}, the member who receives the invitations. "A year" counts back from the
     * export's latest date, so that the same export always gives the same findings.
     */
    public ImportResult analyse(LinkedInExport export, Profile recipient) {
        var now = latest(export);
        var connected = export.connections().stream().map(Connection::person).toList();
        var pending = export.invitations().stream()
                .filter(invitation -> invitation.direction() == Invitation.Direction.INCOMING)
                .filter(invitation -> connected.stream().noneMatch(invitation.other()::same))
                .map(invitation -> screened(invitation, recipient))
                .toList();
        var pruning = export.connections().stream()
                .map(connection -> candidate(connection, export.messages(), now))
                .filter(candidate -> candidate.score() > 0)
                .sorted(Comparator.comparingInt(PruningCandidate::score)
                        .reversed()
                        .thenComparing(candidate -> candidate.connectedOn().orElse(LocalDate.MIN))
                        .thenComparing(PruningCandidate::name))
                .toList();
        return new ImportResult(
                export.ownerName(),
                export.invitations().size(),
                export.connections().size(),
                export.messages().size(),
                pending,
                pruning);
    }

    private static Instant latest(LinkedInExport export) {
        var times = new ArrayList<Instant>();
        export.messages().forEach(message -> message.sentAt().ifPresent(times::add));
        export.invitations().forEach(invitation -> invitation.sentAt().ifPresent(times::add));
        export.connections()
                .forEach(connection -> connection
                        .connectedOn()
                        .ifPresent(day -> times.add(day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))));
        return times.stream().max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    private ScreenedInvitation screened(Invitation invitation, Profile recipient) {
        var sender = new Profile(invitation.from(), "", "", List.of(), List.of(), List.of(), List.of(), "");
        var screening = screener.screen(new ScreeningInput(
                invitation.message(), Optional.empty(), recipient, sender, SenderStats.none(), RequestContext.none()));
        var decision = strategy.evaluate(screening);
        return new ScreenedInvitation(
                invitation.key(),
                invitation.from(),
                invitation.inviterProfileUrl(),
                invitation.sentAt(),
                invitation.message(),
                decision.category().wireName(),
                Math.round(decision.confidence() * 1000) / 1000.0,
                decision.action().wireName(),
                decision.ruleId(),
                decision.rule(),
                decision.reason());
    }

    private static PruningCandidate candidate(Connection connection, List<Message> messages, Instant now) {
        var person = connection.person();
        var exchanged = messages.stream()
                .filter(message -> message.involves(person))
                .sorted(Comparator.comparing(message -> message.sentAt().orElse(Instant.EPOCH)))
                .toList();
        var reasons = new ArrayList<PruneReason>();
        if (exchanged.isEmpty()) {
            reasons.add(PruneReason.NO_MESSAGE);
        } else {
            if (unansweredQuestion(exchanged, person)) {
                reasons.add(PruneReason.UNANSWERED_QUESTION);
            }
            if (exchanged.stream().noneMatch(message -> message.from().same(person))) {
                reasons.add(PruneReason.NEVER_WROTE);
            }
            var last = exchanged.getLast().sentAt();
            if (last.isPresent() && last.get().isBefore(now.minus(A_YEAR))) {
                reasons.add(PruneReason.SILENT_FOR_A_YEAR);
            }
        }
        return new PruningCandidate(
                person.key(),
                person.name(),
                connection.profileUrl(),
                connection.company(),
                connection.position(),
                connection.connectedOn(),
                reasons.stream().mapToInt(PruneReason::weight).sum(),
                reasons);
    }

    /** Whether the member's last question to them was never followed by a message from them. */
    private static boolean unansweredQuestion(List<Message> exchanged, Person person) {
        for (int i = exchanged.size() - 1; i >= 0; i--) {
            var message = exchanged.get(i);
            if (message.from().same(person)) {
                return false;
            }
            if (message.asks()) {
                return true;
            }
        }
        return false;
    }
}
