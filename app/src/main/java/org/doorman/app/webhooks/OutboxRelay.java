package org.doorman.app.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorman.app.ids.Ids;
import org.doorman.app.storage.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: fans waiting events out to the webhooks (see {@link JdbcOutbox#fanOut}), claims due deliveries for a lease (on PostgreSQL with {@code FOR UPDATE SKIP LOCKED}, so that
 * each is claimed by one process), POSTs them signed (see {@link WebhookSignature}), marks them delivered, and retries
 * a failed one later with exponential backoff until it is given up after {@code maxAttempts}.
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Dialect dialect;
    private final WebhookSettings settings;
    private final int batchSize;
    private final JdbcOutbox outbox;
    private final WebhookPoster poster;
    private final String relayId;
    private final WebhookMetrics metrics;

    OutboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock,
            Dialect dialect,
            WebhookSettings settings,
            WebhookSettings.Relay relay,
            JdbcOutbox outbox,
            WebhookPoster poster,
            WebhookMetrics metrics) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.dialect = dialect;
        this.settings = settings;
        this.batchSize = relay.batchSize();
        this.outbox = outbox;
        this.poster = poster;
        this.relayId = Ids.next("relay");
        this.metrics = metrics;
    }

    /** Delivers what is due now, batch after batch; answers how many deliveries succeeded. */
    public int deliverDue() {
        outbox.forget(clock.instant().minus(settings.retention()));
        int fannedOut;
        do {
            fannedOut = transactions.execute(status -> outbox.fanOut(batchSize, clock.instant()));
        } while (fannedOut == batchSize);
        int delivered = 0;
        List<Delivery> batch;
        do {
            batch = claim();
            delivered += deliver(batch);
        } while (batch.size() == batchSize);
        return delivered;
    }

    private List<Delivery> claim() {
        Instant now = clock.instant();
        // Long enough for every delivery of a batch to time out once, so that no other process takes them over.
        Instant until = now.plus(settings.timeout().multipliedBy(3)).plusSeconds(30);
        return transactions.execute(status -> {
            var ids = jdbc.sql("""
                            SELECT id FROM outbox
                            WHERE delivered_at IS NULL AND gave_up_at IS NULL AND due_at <= :now
                            AND (claimed_until IS NULL OR claimed_until < :now)
                            ORDER BY due_at, id LIMIT :limit""" + dialect.skipLocked())
                    .param("now", now.toEpochMilli())
                    .param("limit", batchSize)
                    .query(String.class)
                    .list();
            var claimed = new ArrayList<Delivery>();
            for (String id : ids) {
                jdbc.sql("UPDATE outbox SET claimed_by = ?, claimed_until = ? WHERE id = ?")
                        .params(relayId, until.toEpochMilli(), id)
                        .update();
                jdbc.sql("""
                                SELECT o.id, o.event_id, o.kind, o.payload, o.attempts, w.url, w.secret
                                FROM outbox o LEFT JOIN webhooks w ON w.id = o.target WHERE o.id = ?""")
                        .param(id)
                        .query((rs, row) -> new Delivery(
                                rs.getString("id"),
                                rs.getString("event_id"),
                                rs.getString("kind"),
                                rs.getString("payload"),
                                rs.getInt("attempts"),
                                rs.getString("url"),
                                rs.getString("secret")))
                        .optional()
                        .ifPresent(claimed::add);
            }
            return claimed;
        });
    }

    private int deliver(List<Delivery> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        // Each delivery is posted on its own virtual thread, bounded by the timeout from connecting to the last byte,
        // and its result is recorded as soon as it is known: a slow or dead receiver delays nobody else, and every
        // delivery is settled long before its lease ends, so no other process takes it over and sends it again.
        var delivered = new AtomicInteger();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var delivery : batch) {
                executor.submit(() -> {
                    String failure = poster.post(delivery);
                    if (failure == null) {
                        delivered.incrementAndGet();
                    }
                    try {
                        record(delivery, failure);
                    } catch (RuntimeException e) {
                        log.warn(
                                "Could not record webhook delivery {}; it is tried again after its lease",
                                delivery.id(),
                                e);
                    }
                });
            }
        }
        return delivered.get();
    }

    /** Settles one delivery; one at a time, as the posts end (SQLite writes one at a time anyway). */
    private synchronized void record(Delivery delivery, String failure) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            if (failure == null) {
                jdbc.sql("""
                                UPDATE outbox SET delivered_at = ?, attempts = attempts + 1, claimed_by = NULL,
                                claimed_until = NULL, last_error = NULL WHERE id = ? AND claimed_by = ?""").params(now.toEpochMilli(), delivery.id(), relayId).update();
                return;
            }
            int attempts = delivery.attempts() + 1;
            boolean giveUp = attempts >= settings.maxAttempts() || delivery.url() == null;
            Duration wait = settings.backoffAfter(attempts);
            jdbc.sql("""
                            UPDATE outbox SET attempts = ?, due_at = ?, gave_up_at = ?, last_error = ?,
                            claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?""")
                    .params(
                            attempts,
                            now.plus(wait).toEpochMilli(),
                            giveUp ? now.toEpochMilli() : null,
                            failure.length() > 500 ? failure.substring(0, 500) : failure,
                            delivery.id(),
                            relayId)
                    .update();
            if (giveUp) {
                metrics.gaveUp();
                log.warn("Gave up webhook delivery {} of event {}: {}", delivery.id(), delivery.eventId(), failure);
            }
        });
    }
}
