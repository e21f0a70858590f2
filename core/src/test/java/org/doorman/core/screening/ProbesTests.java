package org.doorman.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Requests written for the tests in other voices than the training corpus (informal, unpunctuated, short), to see
 * that the screening generalises beyond the corpus it was trained on.
 */
class ProbesTests {

    @Test
    void screensAtLeastNineInTenProbesAsAPersonWould() throws IOException {
        var scores = new Scores();
        try (InputStream in = ProbesTests.class.getResourceAsStream("probes.jsonl")) {
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    var example = Corpus.example(line, "probe");
                    scores.add(
                            example.category(),
                            ScreenerTests.SCREENER.screen(example.input()).category());
                }
            }
        }
        System.out.println("probes:\n" + scores);

        assertThat(scores.accuracy()).isGreaterThanOrEqualTo(0.9);
    }
}
