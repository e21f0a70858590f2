package org.doorman.app.senders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.doorman.app.contacts.Contacts;
import org.doorman.app.members.ProfileVisited;
import org.doorman.app.relationsdb.Engine;
import org.doorman.app.relationsdb.Rows;
import org.doorman.app.testing.StandIns;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;
import org.doorman.core.screening.SenderStats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

class SenderScreeningFactsTests {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aNewSenderHasAnEmptyRecordAndIsNoLikelyCollector(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var rows = new Rows(jdbc);
        String eva = rows.member("Eva Schulz");

        var stats = facts(jdbc).senderStats(new MemberId(eva), NOW);

        assertThat(stats.requestsLast7Days()).isZero();
        assertThat(stats.questionsReceived()).isZero();
        assertThat(stats.assessed()).contains(new SenderStats.Assessed(false, ""));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSenderRecordComesFromWhatHappenedToTheSendersRequests(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var rows = new Rows(jdbc);
        var records = records(jdbc);
        String max = rows.member("Max Sammler");
        String copy = "Hallo, ich möchte mein Netzwerk erweitern. Vernetzen wir uns!";
        List<String> own = List.of(
                "Wir haben uns beim Segeln in Kiel getroffen, erinnern Sie sich?",
                "Ihr Vortrag über Lieferketten in Hamburg hat mich sehr beeindruckt.");
        // Ten recipients: eight get the same text (with their own name), six within the last 7 days;
        // one request lies ahead of "now" and does not count.
        List<String> names = List.of(
                "Anna Adler",
                "Ben Bauer",
                "Clara Cohn",
                "Dirk Diehl",
                "Ella Ernst",
                "Finn Frank",
                "Gina Graf",
                "Hans Hahn",
                "Ida Imhof",
                "Jan Jung");
        for (int i = 0; i < 10; i++) {
            String recipient = rows.member(names.get(i));
            Instant sentAt = NOW.minus(DAY.multipliedBy(i < 6 ? 1 : 20));
            String text = i < 8 ? "Hallo " + names.get(i).split(" ")[0] + ", " + copy : own.get(i - 8);
            var request = new RequestId("r_" + i);
            records.on(new SenderActivity.Sent(
                    request, new MemberId(max), new MemberId(recipient), names.get(i), text, sentAt));
            if (i == 0) { // asked and answered
                records.on(new SenderActivity.QuestionAsked(request, sentAt.plusSeconds(60)));
                records.on(new SenderActivity.SenderWrote(request, sentAt.plusSeconds(600)));
            }
            if (i == 2 || i == 6) { // asked, never answered; the one of i == 6 still waits and does not count yet
                records.on(new SenderActivity.QuestionAsked(request, sentAt.plusSeconds(60)));
            }
            if (i < 5) {
                records.on(new SenderActivity.Decided(request, i < 2, sentAt.plusSeconds(3600)));
            }
        }
        records.on(new SenderActivity.Sent(
                new RequestId("r_later"),
                new MemberId(max),
                new MemberId(rows.member("Später")),
                "Später",
                copy,
                NOW.plusSeconds(60)));

        var stats = facts(jdbc).senderStats(new MemberId(max), NOW);

        assertThat(stats.requestsLast7Days()).isEqualTo(6);
        assertThat(stats.identicalTextRatio()).isEqualTo(0.8);
        assertThat(stats.questionsReceived()).isEqualTo(2);
        assertThat(stats.questionsAnswered()).isEqualTo(1);
        assertThat(stats.acceptanceRate()).isEqualTo(2.0 / 5);
        var record = records.record(new MemberId(max), NOW);
        assertThat(record.requestsLast30Days()).isEqualTo(10);
        assertThat(record.withoutVisitRatio()).isEqualTo(1.0);
        assertThat(record.silentDeclineRate()).isEqualTo(3.0 / 5);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void reportsFromEnoughRecipientsLimitTheSenderAutomatically(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var rows = new Rows(jdbc);
        var records = records(jdbc);
        var standings = new JdbcStandings(jdbc);
        var max = new MemberId(rows.member("Max Sammler"));
        for (int i = 0; i < 3; i++) {
            String recipient = rows.member("Empfänger " + "ABC".charAt(i));
            var request = new RequestId("r_" + i);
            records.on(new SenderActivity.Sent(request, max, new MemberId(recipient), "", "Text Nummer " + i, NOW));
            assertThat(standings.of(max)).isEqualTo(Standing.GOOD);
            records.on(new SenderActivity.Reported(request, new MemberId(recipient), ReportReason.SPAM, NOW));
        }

        assertThat(standings.of(max)).isEqualTo(Standing.LIMITED);
        assertThat(standings.find(max).orElseThrow().reason()).contains("reported by 3 recipients");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aProfileVisitBeforeTheRequestCountsAndOneAfterItDoesNot(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var rows = new Rows(jdbc);
        var records = records(jdbc);
        String max = rows.member("Max Sammler");
        String dana = rows.member("Dana Berg");
        String eva = rows.member("Eva Schulz");
        records.on(new ProfileVisited(new MemberId(max), new MemberId(dana), NOW.minusSeconds(60)));
        records.on(new SenderActivity.Sent(
                new RequestId("r_1"), new MemberId(max), new MemberId(dana), "Dana Berg", "Ein Text", NOW));
        records.on(new SenderActivity.Sent(
                new RequestId("r_2"), new MemberId(max), new MemberId(eva), "Eva Schulz", "Ein anderer", NOW));
        records.on(new ProfileVisited(new MemberId(max), new MemberId(eva), NOW.plusSeconds(60)));

        assertThat(records.record(new MemberId(max), NOW.plusSeconds(120)).withoutVisitRatio())
                .isEqualTo(0.5);
    }

    private static SenderRecords records(JdbcClient jdbc) {
        var settings = CollectorSettings.defaults();
        return new SenderRecords(
                new JdbcSenderLedger(jdbc),
                new JdbcStandings(jdbc),
                new WellConnected(contactsOf(jdbc), settings),
                settings);
    }

    private static SenderScreeningFacts facts(JdbcClient jdbc) {
        return new SenderScreeningFacts(
                StandIns.noMeetings(), contactsOf(jdbc), StandIns.DEFAULT_STRATEGIES, records(jdbc));
    }

    /** Stores the given pairs as contacts, both directions, the way the Contacts bean does. */
    private static Contacts contactsOf(JdbcClient jdbc, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            for (String[] direction : new String[][] {{pairs[i], pairs[i + 1]}, {pairs[i + 1], pairs[i]}}) {
                jdbc.sql("INSERT INTO contacts (member_id, contact_id, since) VALUES (?, ?, 0)")
                        .params(direction[0], direction[1])
                        .update();
            }
        }
        return new Contacts() {
            @Override
            public void confirm(MemberId memberId, MemberId otherId, RequestId requestId, Instant at) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int count(MemberId memberId) {
                return jdbc.sql("SELECT COUNT(*) FROM contacts WHERE member_id = ?")
                        .param(memberId.value())
                        .query(Integer.class)
                        .single();
            }

            @Override
            public int countAtPercentile(double percentile) {
                return 0; // a small network: the floor, well-connected-contacts, decides
            }

            @Override
            public boolean connected(MemberId a, MemberId b) {
                return jdbc.sql("SELECT COUNT(*) FROM contacts WHERE member_id = ? AND contact_id = ?")
                                .params(a.value(), b.value())
                                .query(Integer.class)
                                .single()
                        > 0;
            }

            @Override
            public boolean remove(MemberId memberId, MemberId otherId, Instant at) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int mutualContacts(MemberId a, MemberId b) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Optional<Instant> removedAt(MemberId memberId, MemberId otherId) {
                return jdbc.sql("SELECT removed_at FROM contact_removals WHERE member_id = ? AND removed_id = ?")
                        .params(memberId.value(), otherId.value())
                        .query((rs, row) -> Instant.ofEpochMilli(rs.getLong(1)))
                        .optional();
            }
        };
    }
}
