package org.doorman.app.digest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on a free port, and the parts of the messages it received. */
final class Mailbox implements AutoCloseable {

    /** One received e-mail, taken apart. */
    record Mail(MimeMessage message, String to, String subject, String text, String html) {

        String header(String name) throws Exception {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        }
    }

    final int port;
    private GreenMail server;

    Mailbox() {
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    void stop() {
        server.stop();
    }

    List<Mail> received() throws Exception {
        var mails = new java.util.ArrayList<Mail>();
        for (var message : server.getReceivedMessages()) {
            mails.add(parse(message));
        }
        return mails;
    }

    List<Mail> to(String address) throws Exception {
        return received().stream().filter(m -> m.to().equals(address)).toList();
    }

    static Mail parse(MimeMessage message) throws Exception {
        var parts = new String[2];
        collect(message, parts);
        String to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                .map(Object::toString)
                .findFirst()
                .orElse("");
        return new Mail(message, to, message.getSubject(), parts[0], parts[1]);
    }

    private static void collect(Part part, String[] parts) throws Exception {
        if (part.isMimeType("text/plain") && parts[0] == null) {
            parts[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html") && parts[1] == null) {
            parts[1] = (String) part.getContent();
        } else if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
