package org.doorman.app.digest;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Puts a digest into an e-mail with a plain-text and an HTML part and the RFC 8058 one-click unsubscribe headers,
 * and hands it to the SMTP server.
 */
final class DigestMailer {

    private final JavaMailSender sender;
    private final UnsubscribeLinks unsubscribe;
    private final WebLinks links;
    private final DigestSettings settings;

    DigestMailer(JavaMailSender sender, UnsubscribeLinks unsubscribe, WebLinks links, DigestSettings settings) {
        this.sender = withTimeouts(sender);
        this.unsubscribe = unsubscribe;
        this.links = links;
        this.settings = settings;
    }

    /**
     * A digest is sent while its row is claimed (and, on SQLite, while the one write lock is held): an SMTP server
     * that does not answer must not hold them for long. Timeouts set with {@code spring.mail.properties.mail.smtp.*}
     * win.
     */
    private static JavaMailSender withTimeouts(JavaMailSender sender) {
        if (sender instanceof JavaMailSenderImpl impl) {
            var properties = impl.getJavaMailProperties();
            properties.putIfAbsent("mail.smtp.connectiontimeout", "5000");
            properties.putIfAbsent("mail.smtp.timeout", "10000");
            properties.putIfAbsent("mail.smtp.writetimeout", "10000");
        }
        return sender;
    }

    /** Throws a {@code MailException} or {@link MessagingException} when the message did not go out. */
    void send(JdbcDigests.Recipient recipient, Digest digest, DigestSchedule schedule) throws MessagingException {
        String unsubscribeUrl = unsubscribe.url(recipient.id());
        var content = DigestMessage.of(
                digest, recipient.name(), DigestWords.of(recipient.language()), schedule.zone(), links, unsubscribeUrl);
        var message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(recipient.email());
        helper.setSubject(content.subject());
        helper.setText(content.text(), content.html());
        message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");
        sender.send(message);
    }
}
