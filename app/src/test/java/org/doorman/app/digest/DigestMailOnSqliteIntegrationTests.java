package org.doorman.app.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.doorman.app.DoormanApplication;
import org.doorman.app.ids.Ids;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Profile;
import org.doorman.app.members.Registered;
import org.doorman.app.testing.Databases;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The digest through a real SMTP server (GreenMail): the message is received and taken apart. The round is run by the
 * test ({@code doorman.digest.enabled=false} keeps the ticker still), at the instant the test names.
 */
class DigestMailOnSqliteIntegrationTests {

    static final String BASE = "https://doorman.example.org";

    static Mailbox mailbox;
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        mailbox = new Mailbox();
        app = new SpringApplicationBuilder(DoormanApplication.class)
                .profiles("test")
                .run(
                        "--spring.datasource.url=" + Databases.freshSqliteUrl(),
                        "--server.port=0",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + mailbox.port,
                        "--doorman.digest.enabled=false",
                        "--doorman.scheduler.enabled=false",
                        "--doorman.web.base-url=" + BASE + "/");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (mailbox != null) {
            mailbox.close();
        }
    }

    static JdbcClient jdbc() {
        return app.getBean(JdbcClient.class);
    }

    static Registered member(String name, String language, String email) {
        return app.getBean(MemberRegistration.class)
                .register(new NewMember(
                        TestMembers.uniqueHandle(name),
                        new Profile(name, language, null, null, null, null, null, null, null, email),
                        null));
    }

    static String email(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static String request(Registered sender, Registered recipient, String text, String state, Instant at) {
        String id = "req_" + UUID.randomUUID().toString().replace("-", "");
        jdbc().sql("""
                        INSERT INTO contact_requests (id, sender_id, recipient_id, message, sent_at, state, decided_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        sender.id(),
                        recipient.id(),
                        text,
                        at.toEpochMilli(),
                        state,
                        state.equals("accepted") || state.equals("declined") ? at.toEpochMilli() : null)
                .update();
        return id;
    }

    static void message(String requestId, Registered author, String kind, String body, Instant at) {
        jdbc().sql("""
                        INSERT INTO request_messages (id, request_id, author_id, kind, body, sent_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params("msg_" + UUID.randomUUID(), requestId, author.id(), kind, body, at.toEpochMilli())
                .update();
    }

    static void task(Registered member, String title, Instant due) {
        jdbc().sql("""
                        INSERT INTO follow_up_tasks (id, member_id, title, due_at, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(Ids.next("task"), member.id(), title, due.toEpochMilli(), due.toEpochMilli())
                .update();
    }

    /** The member's digest falls due just before {@code now}. */
    static void dueAt(Registered member, Instant now) {
        app.getBean(DigestPreferences.class)
                .change(member.memberId(), new DigestPreferences.Change("daily", "08:00", "Europe/Berlin", null));
        jdbc().sql("UPDATE digest_settings SET next_due_at = ? WHERE member_id = ?")
                .params(now.minusSeconds(1).toEpochMilli(), member.id())
                .update();
    }

    static long count(String sql, Object... params) {
        return jdbc().sql(sql).params(params).query(Long.class).single();
    }

    static DigestRun run() {
        return app.getBean(DigestRun.class);
    }

    @Test
    void aGermanMemberGetsWhatWaitsWithLinksToTheWebAppAndTheRequestersWordsEscaped() throws Exception {
        Instant now = Instant.now();
        String address = email("eva");
        var eva = member("Eva Schulz", "de", address);
        var max = member("Max Klein", "de", null);
        var jonas = member("Jonas Weber", "de", null);
        var lea = member("Lea Vogt", "de", null);
        var ole = member("Ole Sand", "de", null);
        String review = request(
                max,
                eva,
                "<script>alert('x')</script> Ich brauche Rat zur Umsatzsteuer.",
                "review",
                now.minusSeconds(600));
        String dialog = request(jonas, eva, "Lass uns connecten!", "in_dialog", now.minusSeconds(7200));
        message(dialog, eva, "clarifying_question", "Worum geht es Ihnen konkret?", now.minusSeconds(7000));
        message(dialog, jonas, "reply", "Ich suche eine Steuerberaterin für meine Agentur.", now.minusSeconds(3600));
        String accepted =
                request(lea, eva, "Könnten wir nächste Woche telefonieren?", "accepted", now.minusSeconds(300));
        request(ole, eva, "Win-Win!", "declined", now.minusSeconds(200));
        request(member("Pia Lau", "de", null), eva, "Connecten?", "declined", now.minusSeconds(100));
        task(eva, "Bei Lea Vogt nachfassen", now.minusSeconds(60));
        dueAt(eva, now);

        assertThat(run().runDue(now)).isGreaterThanOrEqualTo(1);

        var mails = mailbox.to(address);
        assertThat(mails).hasSize(1);
        var mail = mails.getFirst();
        assertThat(mail.subject()).isEqualTo("Doorman: 4 Sachen warten auf Sie");
        assertThat(mail.text())
                .contains(
                        "Hallo Eva Schulz,",
                        "Anfragen, die Sie ansehen sollten",
                        "Max Klein",
                        BASE + "/requests/" + review,
                        "Gespräche, in denen geantwortet wurde",
                        "Ich suche eine Steuerberaterin",
                        BASE + "/requests/" + dialog,
                        "Fällige Nachfass-Aufgaben",
                        "Bei Lea Vogt nachfassen",
                        BASE + "/tasks",
                        "Für Sie angenommene Anfragen",
                        BASE + "/requests/" + accepted,
                        "2 Anfragen wurden stillschweigend abgelehnt.",
                        BASE + "/inbox")
                .doesNotContain("Win-Win", "Connecten?");
        assertThat(mail.html())
                .contains(
                        "<html lang=\"de\"",
                        "href=\"" + BASE + "/requests/" + review + "\"",
                        "href=\"" + BASE + "/tasks\"",
                        "href=\"" + BASE + "/inbox\"",
                        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script");
        String unsubscribe = mail.header("List-Unsubscribe");
        assertThat(unsubscribe).startsWith("<" + BASE + "/api/v1/digest/unsubscribe?member=" + eva.id() + "&sig=");
        assertThat(mail.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(count("SELECT COUNT(*) FROM digest_log WHERE member_id = ?", eva.id()))
                .isEqualTo(1);

        run().runDue(now.plusSeconds(1));
        assertThat(mailbox.to(address)).as("once").hasSize(1);
    }

    @Test
    void anEnglishMemberGetsTheDigestInEnglish() throws Exception {
        Instant now = Instant.now();
        String address = email("ann");
        var ann = member("Ann Lee", "en", address);
        request(member("Bob Stone", "en", null), ann, "Could you advise me on hiring?", "review", now.minusSeconds(60));
        dueAt(ann, now);

        run().runDue(now);

        var mail = mailbox.to(address).getFirst();
        assertThat(mail.subject()).isEqualTo("Doorman: 1 thing waits for you");
        assertThat(mail.text()).contains("Hello Ann Lee,", "Requests for your review", "Bob Stone", "Open your inbox");
        assertThat(mail.html()).contains("<html lang=\"en\"", "Turn the digest off");
    }

    @Test
    void nothingIsSentWhenNothingWaitsAndTheNextDigestIsPlanned() throws Exception {
        Instant now = Instant.now();
        String address = email("ola");
        var ola = member("Ola Berg", "de", address);
        request(member("Tim Roth", "de", null), ola, "Win-Win!", "declined", now.minusSeconds(60));
        dueAt(ola, now);

        run().runDue(now);

        assertThat(mailbox.to(address)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM digest_log WHERE member_id = ?", ola.id()))
                .isZero();
        assertThat(count("SELECT next_due_at FROM digest_settings WHERE member_id = ?", ola.id()))
                .isGreaterThan(now.toEpochMilli());
    }

    @Test
    void aFailedSendIsCountedAndRetriedWithBackoffUntilItGoesOut() throws Exception {
        Instant now = Instant.now();
        String address = email("kim");
        var kim = member("Kim Falk", "de", address);
        request(member("Uwe Horn", "de", null), kim, "Eine Frage zur Buchhaltung.", "review", now.minusSeconds(60));
        dueAt(kim, now);
        var failures = app.getBean(MeterRegistry.class).counter("doorman.digest.failures");
        double before = failures.count();

        mailbox.stop();
        try {
            run().runDue(now);
        } finally {
            mailbox.start();
        }

        assertThat(failures.count()).isEqualTo(before + 1);
        assertThat(count("SELECT attempts FROM digest_settings WHERE member_id = ?", kim.id()))
                .isEqualTo(1);
        run().runDue(now.plusSeconds(30));
        assertThat(mailbox.to(address)).as("not before the backoff").isEmpty();

        run().runDue(now.plus(Duration.ofMinutes(1)));

        assertThat(mailbox.to(address)).hasSize(1);
        assertThat(count("SELECT attempts FROM digest_settings WHERE member_id = ?", kim.id()))
                .isZero();
    }

    @Test
    void theOneClickUnsubscribeOfTheMessageTurnsTheDigestOff() throws Exception {
        Instant now = Instant.now();
        String address = email("uli");
        var uli = member("Uli Mark", "en", address);
        request(member("Vera Kahn", "en", null), uli, "A question on taxes.", "review", now.minusSeconds(60));
        dueAt(uli, now);
        run().runDue(now);
        String header = mailbox.to(address).getFirst().header("List-Unsubscribe");
        var link = URI.create(header.substring(1, header.length() - 1));
        String port = app.getEnvironment().getProperty("local.server.port");

        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + link.getRawPath() + "?" + link.getRawQuery()))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(jdbc().sql("SELECT frequency FROM digest_settings WHERE member_id = ?")
                        .param(uli.id())
                        .query(String.class)
                        .single())
                .isEqualTo("never");
    }
}
