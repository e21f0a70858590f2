package org.doorman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A run keeps to the quick compiler unless it is known to be long enough for the optimizing one to pay back. */
class JitTests {

    private static final long MB = 1 << 20;

    @Test
    void autoKeepsToTheQuickCompilerForAnInputOfUpTo256Megabytes() {
        assertThat(Jit.AUTO.quick(0)).isTrue();
        assertThat(Jit.AUTO.quick(116 * MB)).isTrue();
        assertThat(Jit.AUTO.quick(256 * MB)).isTrue();
    }

    @Test
    void autoOptimizesAFileLongerThanThat() {
        assertThat(Jit.AUTO.quick(256 * MB + 1)).isFalse();
        assertThat(Jit.AUTO.quick(1_100 * MB)).isFalse();
    }

    @Test
    void autoKeepsToTheQuickCompilerWhenTheLengthIsNotKnown() {
        assertThat(Jit.AUTO.quick(-1)).isTrue();
    }

    @Test
    void quickAndOptimizingAreWhatTheMemberAskedForWhateverTheLength() {
        assertThat(Jit.QUICK.quick(1_100 * MB)).isTrue();
        assertThat(Jit.OPTIMIZING.quick(0)).isFalse();
        assertThat(Jit.OPTIMIZING.quick(-1)).isFalse();
    }
}
