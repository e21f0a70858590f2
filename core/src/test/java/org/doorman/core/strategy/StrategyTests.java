package org.doorman.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.Language;
import org.doorman.core.screening.Probabilities;
import org.doorman.core.screening.Screening;
import org.doorman.core.screening.Signal;
import org.doorman.core.screening.SignalName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrategyTests {

    static Screening screening(Category category, SignalName... signals) {
        return screening(category, Language.EN, signals);
    }

    static Screening screening(Category category, Language language, SignalName... signals) {
        var raised = java.util.Arrays.stream(signals)
                .map(s -> new Signal(s.wireName(), 1, "evidence of " + s.wireName()))
                .toList();
        return new Screening(category, 0.8, raised, language, "because");
    }

    static Screening split(Category first, double p, Category second, double q) {
        return new Screening(
                first,
                p,
                List.of(),
                Language.EN,
                "because",
                new Probabilities(java.util.Map.of(first, p, second, q, Category.EMPTY, 1 - p - q)));
    }

    @Nested
    class DoubtGoesToTheMember {

        Strategy strategy = Strategy.preset("default");

        @Test
        void aNeedThatMayAsWellBeASaleIsReviewedAndTheReasonNamesBoth() {
            var decision = strategy.evaluate(split(Category.CONCRETE_NEED, 0.55, Category.SALES_PITCH, 0.4));

            assertThat(decision.action()).isEqualTo(Action.REVIEW);
            assertThat(decision.ruleId()).isEqualTo("in-doubt");
            assertThat(decision.reason()).isEqualTo("in doubt between concrete_need (0.55) and sales_pitch (0.40)");
        }

        @Test
        void aClearNeedIsAcceptedDespiteALittleDoubt() {
            var decision = strategy.evaluate(split(Category.CONCRETE_NEED, 0.85, Category.SALES_PITCH, 0.04));

            assertThat(decision.action()).isEqualTo(Action.ACCEPT_AND_FOLLOW_UP);
        }

        @Test
        void doubtBetweenTwoCategoriesThatAreBothAskedIsNoDoubt() {
            var decision = strategy.evaluate(split(Category.VAGUE_PITCH, 0.5, Category.COMMON_GROUND, 0.5));

            assertThat(decision.action()).isEqualTo(Action.ASK);
        }

        @Test
        void aStrategyWithAHigherDoubtShareReviewsLess() {
            var tolerant = new Strategy("tolerant", strategy.rules(), 0.45);

            assertThat(tolerant.evaluate(split(Category.CONCRETE_NEED, 0.55, Category.SALES_PITCH, 0.4))
                            .action())
                    .isEqualTo(Action.ACCEPT_AND_FOLLOW_UP);
        }

        @Test
        void knownComesBeforeDoubt() {
            var known = new Screening(
                    Category.KNOWN,
                    0.99,
                    List.of(),
                    Language.EN,
                    "",
                    new Probabilities(java.util.Map.of(
                            Category.KNOWN, 0.5, Category.CONCRETE_NEED, 0.25, Category.SALES_PITCH, 0.25)));

            assertThat(strategy.evaluate(known).action()).isEqualTo(Action.ACCEPT);
        }

        @Test
        void aDoubtShareOutsideZeroToAHalfIsRefused() {
            assertThatThrownBy(() -> new Strategy("odd", strategy.rules(), 0.7))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class TheDefaultStrategy {

        Strategy strategy = Strategy.preset("default");

        @ParameterizedTest(name = "{0} -> {1} by rule {2}")
        @CsvSource({
            "KNOWN, ACCEPT, known",
            "CONCRETE_NEED, ACCEPT_AND_FOLLOW_UP, concrete-need",
            "SALES_PITCH, DECLINE, sales-pitch",
            "ACQUAINTANCE_CLAIM, REVIEW, acquaintance-claim",
            "VAGUE_PITCH, ASK, ask",
            "COMMON_GROUND, ASK, ask",
            "EMPTY, ASK, ask"
        })
        void followsTheSeedsRulesInOrder(Category category, Action action, String rule) {
            var decision = strategy.evaluate(screening(category));

            assertThat(decision.action()).isEqualTo(action);
            assertThat(decision.ruleId()).isEqualTo(rule);
        }

        @Test
        void declinesALikelyCollectorWhateverTheCategoryExceptKnown() {
            assertThat(strategy.evaluate(screening(Category.CONCRETE_NEED, SignalName.LIKELY_COLLECTOR))
                            .action())
                    .isEqualTo(Action.DECLINE);
            assertThat(strategy.evaluate(screening(Category.KNOWN, SignalName.LIKELY_COLLECTOR))
                            .action())
                    .isEqualTo(Action.ACCEPT);
        }

        @Test
        void explainsTheDecisionWithTheRuleAndTheSignalsWithTheirEvidence() {
            var decision = strategy.evaluate(screening(Category.CONCRETE_NEED, SignalName.REFERENCES_OFFER));

            assertThat(decision.rule()).isEqualTo("concrete need -> accept and follow up");
            assertThat(decision.signals())
                    .extracting(Signal::name, Signal::evidence)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("references_offer", "evidence of references_offer"));
        }

        @Test
        void sendsOtherLanguagesToReviewWithoutGuessing() {
            var decision = strategy.evaluate(screening(Category.CONCRETE_NEED, Language.OTHER));

            assertThat(decision.action()).isEqualTo(Action.REVIEW);
            assertThat(decision.reason()).isEqualTo("language not supported");
        }
    }

    @Test
    void meetTwiceInvitesEveryoneNotKnownToTheNextEvent() {
        var strategy = Strategy.preset("meet-twice");

        var decision = strategy.evaluate(screening(Category.CONCRETE_NEED));

        assertThat(decision.action()).isEqualTo(Action.INVITE_TO_EVENT);
        assertThat(decision.meetingsRequired()).contains(2);
        assertThat(strategy.evaluate(screening(Category.KNOWN)).action()).isEqualTo(Action.ACCEPT);
    }

    @Test
    void openDoorAcceptsAllButCollectorsAndSalesPitches() {
        var strategy = Strategy.preset("open-door");

        assertThat(strategy.evaluate(screening(Category.VAGUE_PITCH)).action()).isEqualTo(Action.ACCEPT);
        assertThat(strategy.evaluate(screening(Category.EMPTY)).action()).isEqualTo(Action.ACCEPT);
        assertThat(strategy.evaluate(screening(Category.SALES_PITCH)).action()).isEqualTo(Action.DECLINE);
        assertThat(strategy.evaluate(screening(Category.EMPTY, SignalName.LIKELY_COLLECTOR))
                        .action())
                .isEqualTo(Action.DECLINE);
    }

    @Test
    void commonGroundFirstAcceptsCommonGroundAndOtherwiseActsLikeTheDefault() {
        var strategy = Strategy.preset("common-ground-first");

        assertThat(strategy.evaluate(screening(Category.COMMON_GROUND)).action())
                .isEqualTo(Action.ACCEPT);
        assertThat(strategy.evaluate(screening(Category.VAGUE_PITCH)).action()).isEqualTo(Action.ASK);
        assertThat(strategy.evaluate(screening(Category.SALES_PITCH)).action()).isEqualTo(Action.DECLINE);
    }

    @Test
    void anUnknownPresetIsRefusedWithTheNamesThatExist() {
        assertThatThrownBy(() -> Strategy.preset("meet-thrice"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meet-thrice")
                .hasMessageContaining("default, meet-twice, open-door, common-ground-first");
    }

    @Test
    void aRequestNoRuleMatchesGoesToReview() {
        var strategy = new Strategy(
                "only known",
                List.of(new Rule("known", "known -> accept", Condition.category(Category.KNOWN), Action.ACCEPT)));

        var decision = strategy.evaluate(screening(Category.VAGUE_PITCH));

        assertThat(decision.action()).isEqualTo(Action.REVIEW);
        assertThat(decision.ruleId()).isEqualTo("no-rule-matched");
    }

    @Nested
    class InPlainWords {

        @Test
        void meetTwiceTellsTheRequesterAboutMeetingsAndTheNextEventInEnglish() {
            assertThat(Strategy.preset("meet-twice").describe(Language.EN))
                    .contains("I accept contact requests after we have met 2 times in person")
                    .contains("next official event");
        }

        @Test
        void meetTwiceTellsTheRequesterAboutMeetingsAndTheNextEventInGerman() {
            assertThat(Strategy.preset("meet-twice").describe(Language.DE))
                    .contains("nachdem wir uns 2-mal persönlich getroffen haben")
                    .contains("nächsten offiziellen Treffen");
        }

        @Test
        void theDefaultStrategySaysEveryRuleInOrder() {
            var text = Strategy.preset("default").describe(Language.EN);

            assertThat(text)
                    .containsSubsequence(
                            "people I already know: I accept them",
                            "very many or identical requests",
                            "state a concrete need: I accept them and get in touch quickly",
                            "sell me something",
                            "I decide myself",
                            "I first ask what exactly you have in mind");
        }
    }
}
