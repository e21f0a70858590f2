package org.doorman.app.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.doorman.app.DoormanApplication;
import org.doorman.app.members.MemberRegistration;
import org.doorman.app.members.NewMember;
import org.doorman.app.members.Profile;
import org.doorman.app.testing.Databases;
import org.doorman.app.testing.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Doorman processes (two Spring contexts, each with its own pool and digest ticker) on one PostgreSQL database
 * and one SMTP server: sixty digests fall due at once, and each member receives exactly one.
 */
class DigestTwoProcessesOnPostgresIntegrationTests {

    static final int MEMBERS = 60;

    static Mailbox mailbox;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoProcesses() {
        mailbox = new Mailbox();
        String url = Databases.freshPostgresUrl();
        first = start(url);
        second = start(url);
    }

    static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(DoormanApplication.class)
                .profiles("test")
                .run(
                        "--spring.datasource.url=" + url,
                        "--server.port=0",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + mailbox.port,
                        "--doorman.digest.poll-interval=PT0.1S",
                        "--doorman.scheduler.enabled=false");
    }

    @AfterAll
    static void stop() {
        for (var context : new ConfigurableApplicationContext[] {first, second}) {
            if (context != null) {
                context.close();
            }
        }
        if (mailbox != null) {
            mailbox.close();
        }
    }

    static JdbcClient jdbc() {
        return first.getBean(JdbcClient.class);
    }

    static long count(String sql) {
        return jdbc().sql(sql).query(Long.class).single();
    }

    @Test
    void sixtyDigestsDueAtOnceGoOutOncePerMember() throws Exception {
        var registration = first.getBean(MemberRegistration.class);
        var sender = registration.register(NewMember.of(TestMembers.uniqueHandle("Sam Reed"), "Sam Reed", "en"));
        var addresses = new ArrayList<String>();
        long due = Instant.now().minusSeconds(1).toEpochMilli();
        for (int i = 0; i < MEMBERS; i++) {
            String address = "member" + i + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            addresses.add(address);
            String name = "Member " + i;
            var member = registration.register(new NewMember(
                    TestMembers.uniqueHandle(name),
                    new Profile(name, i % 2 == 0 ? "de" : "en", null, null, null, null, null, null, null, address),
                    null));
            jdbc().sql("""
                            INSERT INTO contact_requests (id, sender_id, recipient_id, message, sent_at, state)
                            VALUES (?, ?, ?, 'Could you advise me?', ?, 'review')""")
                    .params("req_two_" + i, sender.id(), member.id(), due)
                    .update();
            // The tickers may have given the new member the default schedule already: either way it is due now.
            jdbc().sql("""
                            INSERT INTO digest_settings (member_id, frequency, local_time, time_zone, weekday,
                                                         next_due_at, attempts, updated_at)
                            VALUES (?, 'daily', '08:00', 'UTC', 'monday', ?, 0, ?)
                            ON CONFLICT (member_id) DO UPDATE SET next_due_at = ?""").params(member.id(), due, due, due).update();
        }

        waitUntil(() -> count("SELECT COUNT(*) FROM digest_log") == MEMBERS);
        Thread.sleep(1_000);

        assertThat(count("SELECT COUNT(*) FROM digest_log")).isEqualTo(MEMBERS);
        var received = mailbox.received();
        var perAddress = received.stream().collect(Collectors.groupingBy(Mailbox.Mail::to, Collectors.counting()));
        assertThat(perAddress).containsOnlyKeys(addresses);
        assertThat(perAddress.values()).as("one digest per member").containsOnly(1L);
        assertThat(count("SELECT COUNT(*) FROM digest_settings WHERE next_due_at <= " + due))
                .as("every next digest planned")
                .isZero();
    }

    private static void waitUntil(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not done within two minutes");
            }
            Thread.sleep(100);
        }
    }
}
