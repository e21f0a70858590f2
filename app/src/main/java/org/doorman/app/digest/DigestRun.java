package org.doorman.app.digest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.doorman.app.members.MemberDirectory;
import org.doorman.core.lifecycle.MemberId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One round of digests: every due digest is claimed, put together, sent and recorded in one transaction, so that it
 * goes out once whichever process claims it. A failed send is retried with backoff ({@code doorman.digest.failures}
 * counts them) and given up after {@code max-attempts}; when nothing waits, nothing is sent.
 */
@Component
class DigestRun {

    private static final Logger log = LoggerFactory.getLogger(DigestRun.class);
    private static final int MAX_PER_ROUND = 10_000;

    /** What became of one claim. */
    enum Outcome {
        NONE_DUE,
        SENT,
        NOTHING_WAITS,
        FAILED
    }

    private final JdbcDigests digests;
    private final DigestNewcomers newcomers;
    private final MemberDirectory members;
    private final DigestItems items;
    private final UnsubscribeLinks unsubscribe;
    private final DigestSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DigestMailer mail;
    private final Counter sent;
    private final Counter failures;

    DigestRun(
            JdbcDigests digests,
            DigestNewcomers newcomers,
            MemberDirectory members,
            DigestItems items,
            UnsubscribeLinks unsubscribe,
            WebLinks links,
            DigestSettings settings,
            TransactionTemplate transactions,
            Clock clock,
            ObjectProvider<JavaMailSender> sender,
            MeterRegistry meters) {
        this.digests = digests;
        this.newcomers = newcomers;
        this.members = members;
        this.items = items;
        this.unsubscribe = unsubscribe;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
        var smtp = sender.getIfAvailable();
        this.mail = smtp == null ? null : new DigestMailer(smtp, unsubscribe, links, settings);
        this.sent = Counter.builder("doorman.digest.sent")
                .description("digests sent by e-mail")
                .register(meters);
        this.failures = Counter.builder("doorman.digest.failures")
                .description("digests that failed to send (each attempt)")
                .register(meters);
    }

    /** Whether an SMTP server is configured ({@code spring.mail.host}); without one there are no digests. */
    boolean mailConfigured() {
        return mail != null;
    }

    int runDue() {
        return runDue(clock.instant());
    }

    /** Sends every digest due by {@code now}; answers how many this process sent. */
    int runDue(Instant now) {
        if (mail == null) {
            return 0;
        }
        unsubscribe.prepare();
        newcomers.adopt(now);
        int sentNow = 0;
        for (int i = 0; i < MAX_PER_ROUND; i++) {
            Outcome outcome = transactions.execute(status -> sendNext(now));
            if (outcome == null || outcome == Outcome.NONE_DUE) {
                break;
            }
            if (outcome == Outcome.SENT) {
                sentNow++;
            }
        }
        if (sentNow > 0) {
            log.info("Sent {} digests", sentNow);
        }
        return sentNow;
    }

    private Outcome sendNext(Instant now) {
        var claimed = digests.claimNext(now);
        if (claimed.isEmpty()) {
            return Outcome.NONE_DUE;
        }
        var stored = claimed.get();
        var schedule = stored.schedule();
        var next = schedule.nextAfter(now);
        var recipient = recipient(stored.memberId());
        if (recipient.isEmpty() || recipient.get().email() == null) {
            digests.recordSkipped(stored.memberId(), next);
            return Outcome.NOTHING_WAITS;
        }
        Instant since = stored.lastSentAt().orElse(now.minus(schedule.period()));
        var digest = items.of(stored.memberId(), since, next.orElse(now.plus(schedule.period())));
        if (digest.nothingWaits()) {
            digests.recordSkipped(stored.memberId(), next);
            return Outcome.NOTHING_WAITS;
        }
        try {
            mail.send(recipient.get(), digest, schedule);
            digests.recordSent(stored.memberId(), now, next, digest.items());
            sent.increment();
            return Outcome.SENT;
        } catch (MailException | MessagingException e) {
            failures.increment();
            int attempts = stored.attempts() + 1;
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (attempts >= settings.maxAttempts()) {
                // Given up: the next regular digest starts afresh and holds whatever still waits then.
                log.warn(
                        "Gave up a digest after {} attempts: {}",
                        attempts,
                        e.getClass().getSimpleName());
                digests.recordFailure(stored.memberId(), 0, next, error);
            } else {
                log.info("A digest failed to send (attempt {}); retrying later", attempts);
                digests.recordFailure(
                        stored.memberId(), attempts, Optional.of(now.plus(settings.backoffAfter(attempts))), error);
            }
            return Outcome.FAILED;
        }
    }

    /** Whom the member's digest goes to, as the members capability knows them now. */
    private Optional<JdbcDigests.Recipient> recipient(MemberId memberId) {
        return members.find(memberId)
                .map(member -> new JdbcDigests.Recipient(
                        member.memberId(),
                        member.profile().name(),
                        member.profile().language(),
                        member.profile().email()));
    }
}
