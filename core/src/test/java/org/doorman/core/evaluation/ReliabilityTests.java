package org.doorman.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReliabilityTests {

    @Test
    void screeningsRightAsOftenAsTheyAreConfidentHaveNoCalibrationError() {
        var reliability = new Reliability();
        for (int i = 0; i < 10; i++) {
            reliability.add(0.8, i < 8);
        }

        assertThat(reliability.expectedCalibrationError()).isCloseTo(0, within(1e-9));
    }

    @Test
    void anOverconfidentBinWeighsByItsSize() {
        var reliability = new Reliability();
        for (int i = 0; i < 10; i++) {
            reliability.add(0.95, i < 5); // 95 % sure, half right
        }
        for (int i = 0; i < 30; i++) {
            reliability.add(0.55, i < 16); // about right
        }

        double expected = (10 * Math.abs(0.95 - 0.5) + 30 * Math.abs(0.55 - 16 / 30.0)) / 40;
        assertThat(reliability.expectedCalibrationError()).isCloseTo(expected, within(1e-9));
        assertThat(reliability.bins().get(9).count()).isEqualTo(10);
        assertThat(reliability.bins().get(5).accuracy()).isCloseTo(16 / 30.0, within(1e-9));
    }

    @Test
    void aConfidenceOfOneFallsInTheLastBin() {
        var reliability = new Reliability();
        reliability.add(1.0, true);

        assertThat(reliability.bins().get(Reliability.BINS - 1).count()).isEqualTo(1);
    }
}
