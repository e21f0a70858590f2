package org.doorman.app.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import org.doorman.app.senders.SenderActivity;
import org.doorman.core.lifecycle.ContactRequest;
import org.doorman.core.lifecycle.RequestId;
import org.doorman.core.lifecycle.RequestState;
import org.doorman.core.lifecycle.Transition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a transition to a stored request: loads it, asks the core for the move, stores the new state (only if the
 * row's version is still the one read) and carries out the effects, all in one transaction; a decision is announced
 * to the sender's record ({@link SenderActivity.Decided}). A concurrent change is
 * retried on the fresh state; a refused move becomes a 409 with the core's reason.
 */
@Component
class Transitions {

    private static final int ATTEMPTS = 3;

    private final Requests requests;
    private final EffectApplier effects;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Transitions(
            Requests requests,
            EffectApplier effects,
            TransactionTemplate transactions,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.requests = requests;
        this.effects = effects;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Moves the request as {@code step} says, in a transaction of its own; answers the stored result. */
    StoredRequest change(RequestId requestId, BiFunction<ContactRequest, Instant, Transition> step) {
        for (int attempt = 1; ; attempt++) {
            var changed = transactions.execute(status -> {
                var stored = requests.find(requestId).orElseThrow(() -> RequestProblems.noRequest(requestId.value()));
                var moved = step.apply(stored.request(), clock.instant());
                return switch (moved) {
                    case Transition.Refused refused -> throw RequestProblems.conflict(refused.reason() + ".");
                    case Transition.Moved m -> store(stored, m, clock.instant());
                };
            });
            if (changed.isPresent()) {
                return changed.get();
            }
            if (attempt == ATTEMPTS) {
                throw RequestProblems.conflict("The request changed while this was being done; try again.");
            }
        }
    }

    /**
     * Stores a move inside the caller's transaction; empty when the row changed since it was read (nothing is then
     * written, and the caller may read it again).
     */
    Optional<StoredRequest> store(StoredRequest stored, Transition.Moved moved, Instant now) {
        if (moved.request().equals(stored.request()) && moved.effects().isEmpty()) {
            return Optional.of(stored);
        }
        if (!requests.update(stored, moved.request())) {
            return Optional.empty();
        }
        effects.apply(moved.request(), moved.effects(), now);
        var state = moved.request().state();
        if (state != stored.request().state() && !state.open()) {
            events.publishEvent(new SenderActivity.Decided(moved.request().id(), state == RequestState.ACCEPTED, now));
        }
        return Optional.of(new StoredRequest(
                moved.request(), stored.version() + 1, stored.message(), stored.sentAt(), stored.screening()));
    }
}
