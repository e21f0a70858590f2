package org.doorman.app.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.doorman.app.relationsdb.Engine;
import org.doorman.app.storage.Dialect;
import org.doorman.core.lifecycle.Audience;
import org.doorman.core.lifecycle.EventType;
import org.doorman.core.lifecycle.MemberId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** An event is one row when emitted, and one delivery per webhook registered when it happened once fanned out. */
class JdbcOutboxTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anEventGoesToTheWebhooksRegisteredWhenItHappenedAndIsFannedOutOnce(Engine engine) {
        var dataSource = engine.migrated();
        var jdbc = engine.client(dataSource);
        var outbox = new JdbcOutbox(jdbc, JsonMapper.builder().build(), Dialect.of(dataSource), CLOCK);
        hook(jdbc, "wh_before", NOW.minusSeconds(60));
        hook(jdbc, "wh_also_before", NOW);

        String eventId = outbox.emit(
                EventType.REQUEST_DECIDED,
                Audience.RECIPIENT,
                new MemberId("m_1"),
                Map.of("requestId", "req_1"),
                NOW,
                NOW);
        hook(jdbc, "wh_after", NOW.plusSeconds(1));

        assertThat(count(jdbc, "SELECT COUNT(*) FROM outbox"))
                .as("emitting writes no delivery")
                .isZero();
        assertThat(outbox.backlog()).isEqualTo(1);
        assertThat(outbox.fanOut(50, NOW.plusSeconds(2))).isEqualTo(1);
        assertThat(outbox.fanOut(50, NOW.plusSeconds(3))).as("fanned out once").isZero();
        assertThat(jdbc.sql("SELECT target FROM outbox WHERE event_id = ? ORDER BY target")
                        .param(eventId)
                        .query(String.class)
                        .list())
                .containsExactly("wh_also_before", "wh_before");
        assertThat(jdbc.sql("SELECT DISTINCT payload FROM outbox")
                        .query(String.class)
                        .single())
                .contains("\"id\":\"" + eventId + "\"", "\"type\":\"request.decided\"", "\"memberId\":\"m_1\"");
        assertThat(outbox.backlog()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void withoutWebhooksAnEventIsFannedOutToNobody(Engine engine) {
        var dataSource = engine.migrated();
        var jdbc = engine.client(dataSource);
        var outbox = new JdbcOutbox(jdbc, JsonMapper.builder().build(), Dialect.of(dataSource), CLOCK);

        outbox.emit(EventType.REQUEST_RECEIVED, Audience.RECIPIENT, new MemberId("m_1"), Map.of(), NOW, NOW);

        assertThat(outbox.fanOut(50, NOW)).isEqualTo(1);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM outbox")).isZero();
        assertThat(outbox.backlog()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anEventDatedLaterThanItWasWrittenGoesOnlyToTheWebhooksRegisteredBeforeItWasWritten(Engine engine) {
        var dataSource = engine.migrated();
        var jdbc = engine.client(dataSource);
        var outbox = new JdbcOutbox(jdbc, JsonMapper.builder().build(), Dialect.of(dataSource), CLOCK);
        // a deadline acted on for a time two weeks ahead, written now, fanned out after a hook came
        Instant later = NOW.plus(java.time.Duration.ofDays(14));
        outbox.emit(EventType.REQUEST_DECIDED, Audience.RECIPIENT, new MemberId("m_1"), Map.of(), later, later);
        hook(jdbc, "wh_after", NOW.plusSeconds(1));

        assertThat(outbox.fanOut(50, NOW.plusSeconds(2))).isEqualTo(1);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM outbox")).isZero();
    }

    private static void hook(JdbcClient jdbc, String id, Instant createdAt) {
        jdbc.sql("INSERT INTO webhooks (id, url, secret, created_at) VALUES (?, 'http://example.org/', 's', ?)")
                .params(id, createdAt.toEpochMilli())
                .update();
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
