package org.doorman.app.requests;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.doorman.app.limits.TestLimits;
import org.doorman.app.senders.Standing;
import org.doorman.core.screening.Screener;
import org.springframework.transaction.support.TransactionTemplate;

/** The request lifecycle wired as in the app, on in-memory ports and a {@link FakeNetwork}; no Spring context. */
final class LifecycleOnFakes {

    private static final Screener SCREENER = Screener.create();

    final FakeNetwork network = new FakeNetwork();
    final InMemoryRequests requests = new InMemoryRequests();
    final InMemoryConversations conversations = new InMemoryConversations();
    final InMemoryTasks tasks = new InMemoryTasks();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final List<Object> published = new ArrayList<>();
    final MutableClock clock = new MutableClock();
    final RequestDesk desk;
    final DeadlineScheduler deadlines;

    LifecycleOnFakes() {
        var settings = defaults();
        var meters = new SimpleMeterRegistry();
        var metrics = new RequestMetrics(meters, settings);
        var transactions = new TransactionTemplate(new NoTransactions());
        var effects =
                new EffectApplier(requests, conversations, tasks, audit, outbox, network, network, published::add);
        var transitions = new Transitions(requests, effects, transactions, clock, published::add);
        var relationships = new Relationships(requests, network, network, network, network);
        var screening = new StrategyScreening(SCREENER, network, network, relationships, network.events(), metrics);
        var gate = new SenderGate(sender -> Standing.GOOD, TestLimits.defaults(), requests);
        desk = new RequestDesk(
                network,
                network,
                network,
                screening,
                requests,
                effects,
                transitions,
                transactions,
                clock,
                settings,
                gate,
                (blocker, other) -> false,
                published::add);
        deadlines = new DeadlineScheduler(requests, transitions, transactions, clock, settings, meters, metrics);
    }

    private static RequestSettings defaults() {
        return new RequestSettings(
                new RequestSettings.Ask(Duration.ofDays(14), Duration.ofDays(30)),
                new RequestSettings.Scheduler(Duration.ofMinutes(1), false, 50),
                new RequestSettings.Messages(5000),
                new RequestSettings.FollowUp(Duration.ofDays(2), Duration.ofDays(1)),
                new RequestSettings.Requests(Duration.ofDays(180)));
    }
}
