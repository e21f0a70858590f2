package org.doorman.app.digest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
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

    private final JdbcDigests digests;
    private final JdbcDigestItems items;
    private final UnsubscribeLinks unsubscribe;
    private final WebLinks links;
    private final DigestSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JavaMailSender mail;
    private final Counter sent;
    private final Counter failures;

    DigestRun(
            JdbcDigests digests,
            JdbcDigestItems items,
            UnsubscribeLinks unsubscribe,
            WebLinks links,
            DigestSettings settings,
            TransactionTemplate transactions,
            Clock clock,
            ObjectProvider<JavaMailSender> mail,
            MeterRegistry meters) {
        this.digests = digests;
        this.items = items;
        this.unsubscribe = unsubscribe;
        this.links = links;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
        this.mail = withTimeouts(mail.getIfAvailable());
        this.sent = Counter.builder("doorman.digest.sent")
                .description("digests sent by e-mail")
                .register(meters);
        this.failures = Counter.builder("doorman.digest.failures")
                .description("digests that failed to send (each attempt)")
                .register(meters);
    }

    /**
     * A digest is sent while its row is claimed: an SMTP server that never answers must not hold the claim for ever.
     * Timeouts set with {@code spring.mail.properties.mail.smtp.*} win.
     */
    private static JavaMailSender withTimeouts(JavaMailSender sender) {
        if (sender instanceof JavaMailSenderImpl impl) {
            var properties = impl.getJavaMailProperties();
            properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
            properties.putIfAbsent("mail.smtp.timeout", "30000");
            properties.putIfAbsent("mail.smtp.writetimeout", "30000");
        }
        return sender;
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
        adoptNewMembers(now);
        int sentNow = 0;
        for (int i = 0; i < MAX_PER_ROUND; i++) {
            Optional<Boolean> outcome = transactions.execute(status -> sendNext(now));
            if (outcome == null || outcome.isEmpty()) {
                break;
            }
            if (outcome.get()) {
                sentNow++;
            }
        }
        if (sentNow > 0) {
            log.info("Sent {} digests", sentNow);
        }
        return sentNow;
    }

    /** Members with an address and no schedule get the default one, starting at its next time. */
    private void adoptNewMembers(Instant now) {
        var defaults = settings.defaults();
        for (String memberId : digests.withoutSchedule(500)) {
            digests.adopt(memberId, defaults, defaults.nextAfter(now), now);
        }
    }

    /** Empty when nothing was due; else whether a digest went out. */
    private Optional<Boolean> sendNext(Instant now) {
        var claimed = digests.claimNext(now);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        var stored = claimed.get();
        var schedule = stored.schedule();
        var next = schedule.nextAfter(now);
        var recipient = digests.recipient(stored.memberId());
        if (recipient.isEmpty() || recipient.get().email() == null) {
            digests.recordSkipped(stored.memberId(), next);
            return Optional.of(false);
        }
        Instant since = stored.lastSentAt().orElse(now.minus(schedule.period()));
        var digest = items.of(stored.memberId(), since, next.orElse(now.plus(schedule.period())));
        if (digest.nothingWaits()) {
            digests.recordSkipped(stored.memberId(), next);
            return Optional.of(false);
        }
        try {
            send(recipient.get(), digest, schedule);
            digests.recordSent(stored.memberId(), now, next, digest.items());
            sent.increment();
            return Optional.of(true);
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
            return Optional.of(false);
        }
    }

    private void send(JdbcDigests.Recipient recipient, Digest digest, DigestSchedule schedule)
            throws MessagingException {
        String unsubscribeUrl = unsubscribe.url(recipient.id());
        var content = DigestMessage.of(
                digest, recipient.name(), DigestWords.of(recipient.language()), schedule.zone(), links, unsubscribeUrl);
        var message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(recipient.email());
        helper.setSubject(content.subject());
        helper.setText(content.text(), content.html());
        message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");
        mail.send(message);
    }
}
