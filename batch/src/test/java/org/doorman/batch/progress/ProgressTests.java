package org.doorman.batch.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ProgressTests {

    @Test
    void staysSilentWhenStandardErrorIsNotATerminalAsUnderTheBuild() {
        // Maven's test runner sends standard error to a pipe or a file, as a pipeline or CI does.
        try (var progress = Progress.bytes("screen", 1000)) {
            assertThat(progress).isInstanceOf(Progress.Silent.class);
        }
        try (var progress = Progress.items("eval", "lines", 80)) {
            assertThat(progress).isInstanceOf(Progress.Silent.class);
        }
    }

    @Test
    void aCountedStreamCountsEveryByteReadAndPassesThemOn() throws IOException {
        var counted = new long[1];

        var in = new CountingInputStream(new ByteArrayInputStream(new byte[70_000]), n -> counted[0] += n);

        assertThat(in.readAllBytes()).hasSize(70_000);
        assertThat(counted[0]).isEqualTo(70_000);
    }
}
