package org.doorman.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.doorman.core.screening.Category;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrategyFilesTests {

    static final String MINE = """
            {"name": "mine",
             "rules": [
               {"id": "known", "description": "known -> accept", "when": {"categories": ["known"]}, "action": "accept"},
               {"id": "collector", "when": {"signals": ["likely_collector"]}, "action": "decline"},
               {"id": "bni", "when": {"categories": ["common_ground"], "signals": ["shared_group"]}, "action": "accept"},
               {"id": "rest", "when": {}, "action": "invite_to_event", "meetings": 3}
             ]}
            """;

    @Test
    void readsAMembersOwnRules() {
        var strategy = StrategyFiles.parse(MINE, "file");

        assertThat(strategy.name()).isEqualTo("mine");
        assertThat(strategy.rules()).hasSize(4);
        assertThat(strategy.rules().get(2).when().categories()).containsExactly(Category.COMMON_GROUND);
        assertThat(strategy.rules().get(3).action()).isEqualTo(Action.INVITE_TO_EVENT);
        assertThat(strategy.rules().get(3).meetings()).contains(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "meet-twice", "open-door", "common-ground-first"})
    void rendersEveryPresetToJsonThatReadsBackToTheSameStrategy(String preset) {
        var strategy = Strategy.preset(preset);

        assertThat(StrategyFiles.parse(StrategyFiles.render(strategy), "x")).isEqualTo(strategy);
    }

    @Test
    void readsAnInDoubtRuleAndTheDoubtShareAndWritesThemBack() {
        var strategy = StrategyFiles.parse("""
                {"name": "careful", "doubt": 0.1, "rules": [
                  {"id": "doubt", "when": {"inDoubt": true}, "action": "review"},
                  {"id": "rest", "when": {}, "action": "accept"}]}""", "x");

        assertThat(strategy.doubt()).isEqualTo(0.1);
        assertThat(strategy.rules().get(0).when().inDoubt()).isTrue();
        assertThat(StrategyFiles.parse(StrategyFiles.render(strategy), "x")).isEqualTo(strategy);
    }

    @Test
    void readsAPresetWithADoubtShareOfItsOwn() {
        var strategy = StrategyFiles.parse("{\"preset\": \"default\", \"doubt\": 0.3}", "x");

        assertThat(strategy.rules()).isEqualTo(Strategy.preset("default").rules());
        assertThat(strategy.doubt()).isEqualTo(0.3);
    }

    @Test
    void refusesADoubtShareAboveAHalf() {
        assertThatThrownBy(() -> StrategyFiles.parse("{\"preset\": \"default\", \"doubt\": 0.8}", "x"))
                .isInstanceOf(StrategyFileException.class)
                .hasMessageContaining("doubt");
    }

    @Test
    void readsAPresetByName() {
        assertThat(StrategyFiles.parse("{\"preset\": \"open-door\"}", "x")).isEqualTo(Strategy.preset("open-door"));
    }

    @Nested
    class Refuses {

        @Test
        void anUnknownCategoryWithItsLine() {
            var json = """
                    {"rules": [
                      {"id": "a", "when": {"categories": ["known"]}, "action": "accept"},
                      {"id": "b", "when": {"categories": ["friends"]}, "action": "accept"}
                    ]}
                    """;

            assertThatThrownBy(() -> StrategyFiles.parse(json, "x"))
                    .isInstanceOf(StrategyFileException.class)
                    .hasMessageStartingWith("line 3: unknown category 'friends'")
                    .extracting(e -> ((StrategyFileException) e).line())
                    .isEqualTo(3);
        }

        @Test
        void anUnknownSignalWithItsLine() {
            var json = """
                    {"rules": [
                      {"id": "a",
                       "when": {"signals": ["rich_sender"]},
                       "action": "accept"}
                    ]}
                    """;

            assertThatThrownBy(() -> StrategyFiles.parse(json, "x"))
                    .hasMessageStartingWith("line 3: unknown signal 'rich_sender'");
        }

        @Test
        void anUnknownActionWithItsLine() {
            var json = """
                    {"rules": [
                      {"id": "a", "action": "ignore"}
                    ]}
                    """;

            assertThatThrownBy(() -> StrategyFiles.parse(json, "x"))
                    .hasMessageStartingWith("line 2: unknown action 'ignore'");
        }

        @Test
        void anUnknownPreset() {
            assertThatThrownBy(() -> StrategyFiles.parse("{\"preset\": \"closed-door\"}", "x"))
                    .hasMessageContaining("unknown strategy preset 'closed-door'");
        }

        @Test
        void brokenJsonWithItsLine() {
            assertThatThrownBy(() -> StrategyFiles.parse("{\"rules\": [\n{\"id\": }\n]}", "x"))
                    .hasMessageStartingWith("line 2: not valid JSON");
        }

        @Test
        void anEmptyListOfRules() {
            assertThatThrownBy(() -> StrategyFiles.parse("{\"rules\": []}", "x"))
                    .hasMessageContaining("at least one rule");
        }
    }
}
