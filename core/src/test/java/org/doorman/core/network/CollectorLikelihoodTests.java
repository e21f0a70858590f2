package org.doorman.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CollectorLikelihoodTests {

    static final CollectorThresholds DEFAULTS = CollectorThresholds.defaults();

    static SenderRecord record(int week, int month, double nearIdentical, int received, int answered) {
        return new SenderRecord(week, month, nearIdentical, received, answered, 0, 0, 0, 0, 0);
    }

    @Test
    void aQuietSenderIsNoLikelyCollectorAndHasNoEvidence() {
        var assessed = CollectorLikelihood.assess(record(3, 10, 0, 1, 1), DEFAULTS);

        assertThat(assessed.likely()).isFalse();
        assertThat(assessed.likelihood()).isZero();
        assertThat(assessed.evidence()).isEmpty();
    }

    @Test
    void oneCopyToManyRecipientsIsALikelyCollectorWithThatEvidence() {
        var assessed = CollectorLikelihood.assess(record(25, 40, 0.9, 0, 0), DEFAULTS);

        assertThat(assessed.likely()).isTrue();
        assertThat(assessed.summary()).isEqualTo("90% near-identical texts");
    }

    @Test
    void twoWeakPiecesOfEvidenceTogetherMakeALikelyCollector() {
        var weak = new SenderRecord(10, 30, 0, 0, 0, 0, 0, 0.95, 0, 0);
        var weaker = new SenderRecord(10, 30, 0, 0, 0, 0, 0, 0.95, 0.6, 0);

        assertThat(CollectorLikelihood.assess(weak, DEFAULTS).likely()).isFalse();
        assertThat(CollectorLikelihood.assess(weaker, DEFAULTS).likely()).isTrue();
        assertThat(CollectorLikelihood.assess(weaker, DEFAULTS).likelihood()).isEqualTo(0.51);
    }

    @Test
    void sharesDoNotCountBeforeTheSenderSentEnoughRequests() {
        assertThat(CollectorLikelihood.assess(record(3, 3, 1.0, 0, 0), DEFAULTS).evidence())
                .isEmpty();
    }

    @Test
    void reportsFromDifferentRecipientsAreEvidence() {
        var reported = new SenderRecord(2, 2, 0, 0, 0, 0, 2, 0, 0, 2);

        assertThat(CollectorLikelihood.assess(reported, DEFAULTS).summary()).isEqualTo("reported by 2 recipients");
    }
}
