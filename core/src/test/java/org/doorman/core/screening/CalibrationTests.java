package org.doorman.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTests {

    /** Held-out requests that the model gives 0.9 but that are right only {@code right} times in ten. */
    static List<Calibration.HeldOut> confidentAndRight(int right) {
        var heldOut = new ArrayList<Calibration.HeldOut>();
        for (int i = 0; i < 100; i++) {
            heldOut.add(
                    new Calibration.HeldOut(new double[] {0.9, 0.02, 0.02, 0.02, 0.02, 0.02}, i % 10 < right ? 0 : 1));
        }
        return heldOut;
    }

    @Test
    void anOverconfidentModelIsCooledDownWithATemperatureAboveOne() {
        assertThat(Calibration.temperature(confidentAndRight(6))).isGreaterThan(1);
    }

    @Test
    void anUnderconfidentModelIsSharpenedWithATemperatureBelowOne() {
        assertThat(Calibration.temperature(confidentAndRight(10))).isLessThan(1);
    }

    @Test
    void calibratingKeepsTheOrderOfTheCategories() {
        var p = new double[] {0.5, 0.3, 0.1, 0.05, 0.05, 0};
        Categorizer.calibrate(p, 2.0);

        assertThat(p[0]).isGreaterThan(p[1]);
        assertThat(p[1]).isGreaterThan(p[2]);
        assertThat(p[5]).isZero();
        assertThat(p[0] + p[1] + p[2] + p[3] + p[4] + p[5]).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void softeningTheDirectionMovesOnlyBetweenAConcreteNeedAndASale() {
        var p = new double[] {0.01, 0.95, 0.01, 0.01, 0.01, 0.01};
        Categorizer.soften(p, 1, 4, 2.0);

        assertThat(p[1]).isGreaterThan(p[4]).isLessThan(0.95);
        assertThat(p[1] + p[4]).isCloseTo(0.96, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(p[0]).isEqualTo(0.01);
    }

    @Test
    void aTextThatOffersAndAsksForTheMembersOfferIsInDoubtAboutTheDirection() {
        assertThat(Categorizer.directionInDoubt(
                        java.util.EnumSet.of(SignalName.SENDER_TRADE, SignalName.REFERENCES_OFFER)))
                .isTrue();
        assertThat(Categorizer.directionInDoubt(
                        java.util.EnumSet.of(SignalName.REFERENCES_OFFER, SignalName.STATES_NEED)))
                .isFalse();
        assertThat(Categorizer.directionInDoubt(java.util.EnumSet.of(SignalName.OFFERS_TO_MEMBER)))
                .isFalse();
    }
}
