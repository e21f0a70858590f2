package org.doorman.app.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.doorman.app.relationsdb.Engine;
import org.doorman.app.relationsdb.Rows;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.strategy.Strategy;
import org.doorman.core.strategy.StrategyFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcStrategiesTests {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aMemberWithoutAStrategyHasTheDefaultPreset(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var strategies = new JdbcStrategies(jdbc);
        String dana = new Rows(jdbc).member("Dana Berg");

        assertThat(strategies.strategyOf(new MemberId(dana))).isEqualTo(Strategy.preset("default"));
        assertThat(strategies.of(new MemberId(dana)).preset()).contains("default");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void keepsAPresetByNameAndOwnRulesAsTheyWereSet(Engine engine) {
        var jdbc = engine.client(engine.migrated());
        var strategies = new JdbcStrategies(jdbc);
        var rows = new Rows(jdbc);
        String rita = rows.member("Rita Sommer");
        String dana = rows.member("Dana Berg");
        Strategy own = StrategyFiles.parse("""
                {"rules": [
                  {"id": "known", "when": {"categories": ["known"]}, "action": "accept"},
                  {"id": "rest", "when": {}, "action": "invite_to_event", "meetings": 3}]}""", "own");

        strategies.put(new MemberId(rita), MemberStrategy.ofPreset("meet-twice"), NOW);
        strategies.put(new MemberId(dana), MemberStrategy.ofPreset("open-door"), NOW);
        strategies.put(new MemberId(dana), new MemberStrategy(Optional.empty(), own), NOW.plusSeconds(1));

        assertThat(strategies.strategyOf(new MemberId(rita))).isEqualTo(Strategy.preset("meet-twice"));
        assertThat(strategies.of(new MemberId(dana)).preset()).isEmpty();
        assertThat(strategies.strategyOf(new MemberId(dana))).isEqualTo(own);
    }
}
