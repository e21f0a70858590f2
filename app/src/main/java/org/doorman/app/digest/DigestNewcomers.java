package org.doorman.app.digest;

import java.time.Instant;
import org.doorman.app.members.EmailAddressGiven;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members who came to have an e-mail address ({@link EmailAddressGiven}) wait in the digest's own queue, written in
 * the transaction that gave the address, until a round gives them the default schedule; a schedule they chose stays.
 */
@Component
class DigestNewcomers {

    private static final int PER_ROUND = 500;

    private final JdbcNewcomers queue;
    private final JdbcDigests digests;
    private final DigestSettings settings;
    private final TransactionTemplate transactions;

    DigestNewcomers(
            JdbcNewcomers queue, JdbcDigests digests, DigestSettings settings, TransactionTemplate transactions) {
        this.queue = queue;
        this.digests = digests;
        this.settings = settings;
        this.transactions = transactions;
    }

    @EventListener
    void on(EmailAddressGiven given) {
        queue.add(given.memberId(), given.at());
    }

    /**
     * Gives the oldest waiting members the default schedule, starting at its next time, and takes them off the queue;
     * answers how many were taken off. Processes that do this at once on PostgreSQL read the same members and go
     * through them in the same order: the later one waits for the earlier one's rows, then finds each schedule there
     * (and keeps it) and its queue row gone. No row is locked before the schedule is written, so an erasure of a
     * waiting member never deadlocks with a round; at worst that round fails and the next one goes on without them.
     */
    int adopt(Instant now) {
        var defaults = settings.defaults();
        var next = defaults.nextAfter(now);
        Integer adopted = transactions.execute(status -> {
            var waiting = queue.oldest(PER_ROUND);
            for (var memberId : waiting) {
                digests.adopt(memberId, defaults, next, now);
                queue.remove(memberId);
            }
            return waiting.size();
        });
        return adopted == null ? 0 : adopted;
    }
}
