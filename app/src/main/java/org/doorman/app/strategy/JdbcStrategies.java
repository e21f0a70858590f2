package org.doorman.app.strategy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.strategy.Strategy;
import org.doorman.core.strategy.StrategyFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Strategies in table {@code strategies}: a preset's name, or the member's own rules as a strategy file. */
@Repository
class JdbcStrategies implements MemberStrategies {

    static final String DEFAULT_PRESET = "default";

    private static final int MAX_PARSED = 10_000;
    private static final Cache<StoredText, MemberStrategy> PARSED =
            Caffeine.newBuilder().maximumSize(MAX_PARSED).build();

    private final JdbcClient jdbc;

    JdbcStrategies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Strategy strategyOf(MemberId memberId) {
        return of(memberId).strategy();
    }

    @Override
    public boolean confirmedAttendanceOnly(MemberId memberId) {
        return of(memberId).confirmedAttendanceOnly();
    }

    @Override
    public MemberStrategy of(MemberId memberId) {
        return jdbc.sql("SELECT preset, rules, confirmed_attendance FROM strategies WHERE member_id = ?")
                .param(memberId.value())
                .query((rs, row) -> stored(rs.getString("preset"), rs.getString("rules"))
                        .withConfirmedAttendanceOnly(rs.getBoolean("confirmed_attendance")))
                .optional()
                .orElseGet(() -> MemberStrategy.ofPreset(DEFAULT_PRESET));
    }

    /**
     * A strategy is parsed once per stored text and kept until the text changes: a changed row has another key, so that
     * every process sees a change at once without a cache to invalidate. Bounded: the texts used least are dropped.
     */
    private static MemberStrategy stored(String preset, String rules) {
        return PARSED.get(new StoredText(preset, rules), text -> parse(preset, rules));
    }

    private record StoredText(String preset, String rules) {}

    private static MemberStrategy parse(String preset, String rules) {
        if (preset != null && Strategy.presetNames().contains(preset)) {
            return MemberStrategy.ofPreset(preset);
        }
        if (rules != null) {
            return new MemberStrategy(Optional.empty(), StrategyFiles.parse(rules, "own"));
        }
        return MemberStrategy.ofPreset(DEFAULT_PRESET);
    }

    @Override
    public void put(MemberId memberId, MemberStrategy strategy, Instant now) {
        String rules = strategy.preset().isPresent() ? null : StrategyFiles.render(strategy.strategy());
        jdbc.sql("""
                        INSERT INTO strategies (member_id, preset, rules, confirmed_attendance, updated_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (member_id)
                        DO UPDATE SET preset = EXCLUDED.preset, rules = EXCLUDED.rules,
                        confirmed_attendance = EXCLUDED.confirmed_attendance, updated_at = EXCLUDED.updated_at""")
                .params(
                        memberId.value(),
                        strategy.preset().orElse(null),
                        rules,
                        strategy.confirmedAttendanceOnly(),
                        now.toEpochMilli())
                .update();
    }
}
