package org.doorman.app.requests;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorman.core.lifecycle.RequestId;
import org.doorman.core.lifecycle.Transition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Acts on reply deadlines that passed: each due request is declined silently, once, whichever process gets it. A batch
 * of due rows is claimed in one transaction (locked and skipped by other processes on PostgreSQL; SQLite serializes
 * writers) and each is moved and stored in that same transaction, in a savepoint of its own: one that fails is rolled
 * back alone, logged, counted ({@code doorman.deadlines.failures}) and tried again later with backoff, and the others
 * go on.
 */
@Component
public class DeadlineScheduler {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScheduler.class);

    private final Requests requests;
    private final Transitions transitions;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;
    private final TransactionTemplate eachAlone;
    private final Counter failed;
    private final RequestMetrics metrics;

    DeadlineScheduler(
            Requests requests,
            Transitions transitions,
            TransactionTemplate transactions,
            Clock clock,
            RequestSettings settings,
            MeterRegistry meters,
            RequestMetrics metrics) {
        this.requests = requests;
        this.transitions = transitions;
        this.transactions = transactions;
        this.eachAlone = new TransactionTemplate(transactions.getTransactionManager());
        this.eachAlone.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.failed = Counter.builder("doorman.deadlines.failures")
                .description("Due deadlines that could not be acted on and wait to be tried again")
                .register(meters);
        this.clock = clock;
        this.batchSize = settings.scheduler().batchSize();
        this.metrics = metrics;
    }

    private boolean declineSilently(RequestId id, Instant now, List<Instant> actedOn) {
        var stored = requests.find(id).orElseThrow();
        var moved = stored.request().deadlinePassed(now);
        if (moved instanceof Transition.Moved m
                && transitions.store(stored, m, now).isPresent()) {
            stored.request().deadline().ifPresent(actedOn::add);
            return true;
        }
        return false;
    }

    /**
     * Declines the request silently at its own deadline, as {@link #runDue} would have when the deadline passed, if it
     * still awaits a reply and its deadline lies before now. For history written after the fact (the demo's requests
     * of past weeks), so that the decline dates from the deadline and not from the day it was written.
     */
    public void declineAtDeadline(RequestId id) {
        var now = clock.instant();
        transactions.executeWithoutResult(status -> requests.find(id)
                .flatMap(stored -> stored.request().deadline())
                .filter(deadline -> deadline.isBefore(now))
                .ifPresent(deadline -> declineSilently(id, deadline, new ArrayList<>())));
    }

    /** Declines every request whose deadline passed by now; answers how many this process declined. */
    int runDue() {
        return runDue(clock.instant());
    }

    /** Declines every request whose deadline passed by {@code now}; answers how many this process declined. */
    int runDue(Instant now) {
        int declined = 0;
        while (true) {
            int[] batch = new int[2];
            List<Instant> actedOn = new ArrayList<>();
            transactions.executeWithoutResult(status -> {
                var due = requests.claimDue(now, batchSize);
                batch[0] = due.size();
                for (RequestId id : due) {
                    try {
                        // each request in a savepoint of its own: one that fails is rolled back alone
                        if (Boolean.TRUE.equals(eachAlone.execute(alone -> declineSilently(id, now, actedOn)))) {
                            batch[1]++;
                        }
                    } catch (RuntimeException e) {
                        int failures = requests.deadlineFailed(id, now);
                        failed.increment();
                        log.warn(
                                "Could not act on the deadline of request {} (failure {}); it is tried again later",
                                id,
                                failures,
                                e);
                    }
                }
            });
            actedOn.forEach(due -> metrics.deadlineActedOn(due, now));
            declined += batch[1];
            if (batch[0] < batchSize) {
                if (declined > 0) {
                    log.info("Declined {} requests whose reply deadline passed", declined);
                }
                return declined;
            }
        }
    }
}
