package org.doorman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** While the JIT compiler is busy on a machine without a spare core, one core is left to it. */
class CompilerShareTests {

    /** The compiler's accumulated time, as the JVM reports it, driven by the test. */
    private long compiled;

    private long now;

    private CompilerShare share = new CompilerShare(2, 2, () -> compiled);

    private boolean lookAfter(long compiledMillis) {
        now += CompilerShare.LOOK_MILLIS;
        compiled += compiledMillis;
        return share.look(now);
    }

    /** Looks {@code looks} times at a compiler that compiled 200 of every 250 ms. */
    private void busyFor(int looks) {
        for (int look = 0; look < looks; look++) {
            lookAfter(200);
        }
    }

    @Test
    void leavesOneOfTwoCoresToACompilerThatIsStillBusy() {
        busyFor(40);

        assertThat(share.working()).isEqualTo(1);
    }

    @Test
    void aLullShorterThanTheWindowDoesNotCountAsQuiet() {
        busyFor(10);
        lookAfter(0);
        lookAfter(0);
        lookAfter(0);

        assertThat(share.working()).isEqualTo(1);
    }

    @Test
    void givesTheCoreBackOnceTheCompilerHasBeenQuietForTheWholeWindow() {
        busyFor(10);
        boolean stillHeld = true;
        for (int look = 0; look <= CompilerShare.LOOKS && stillHeld; look++) {
            stillHeld = lookAfter(10);
        }

        assertThat(stillHeld).isFalse();
        assertThat(share.working()).isEqualTo(2);
    }

    @Test
    void holdsNothingBackWhenTheMachineHasACoreToSpare() {
        share = new CompilerShare(2, 4, () -> compiled);

        assertThat(share.working()).isEqualTo(2);
        assertThat(lookAfter(200)).isFalse();
    }

    @Test
    void holdsNothingBackWhenTheJvmDoesNotReportItsCompiler() {
        share = new CompilerShare(2, 2, null);

        assertThat(share.working()).isEqualTo(2);
    }

    @Test
    void neverHoldsBackTheOnlyThread() {
        share = new CompilerShare(1, 1, () -> compiled);

        assertThat(share.working()).isEqualTo(1);
    }
}
