package org.doorman.batch.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.doorman.core.screening.Screener;
import org.doorman.core.strategy.Strategy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The batch contract of {@code doorman screen}: one answer per line, in order, errors as lines, exit status. */
class ScreenCommandTests {

    static final Screener SCREENER = Screener.create();
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Run(List<JsonNode> lines, boolean allRead) {}

    static Run screen(byte[] input, int workers) throws IOException {
        var pipeline = new OrderedPipeline(new JsonLineScreening(SCREENER, Strategy.preset("default")), workers);
        var out = new ByteArrayOutputStream();
        boolean allRead = pipeline.run(new ByteArrayInputStream(input), out);
        var lines = new ArrayList<JsonNode>();
        for (var line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        return new Run(lines, allRead);
    }

    static Run screen(String input) throws IOException {
        return screen(input.getBytes(StandardCharsets.UTF_8), 2);
    }

    static String request(String id, String message) {
        return JSON.createObjectNode().put("id", id).put("message", message).toString();
    }

    @Test
    void answersEveryLineWithTheContractsFields() throws IOException {
        var run = screen(request("r-1", "Hallo Frau Berg, lassen Sie uns Synergien heben! Win-Win!") + "\n");

        var answer = run.lines().getFirst();
        assertThat(run.allRead()).isTrue();
        assertThat(answer.get("id").asString()).isEqualTo("r-1");
        assertThat(answer.get("category").asString()).isEqualTo("vague_pitch");
        assertThat(answer.get("action").asString()).isEqualTo("ask");
        assertThat(answer.get("rule").asString()).isEqualTo("vague pitch, common ground or empty -> ask");
        assertThat(answer.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(answer.get("signals").valueStream().map(s -> s.get("name").asString()))
                .contains("vague_benefit");
        assertThat(answer.get("signals")
                        .valueStream()
                        .filter(s -> s.get("name").asString().equals("vague_benefit"))
                        .map(s -> s.get("evidence").asString()))
                .containsExactly("Synergien, Win-Win");
    }

    @Test
    void keepsTheOrderOfThousandsOfLinesAcrossThreads() throws IOException {
        var input = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            input.append(i % 7 == 3 ? "{broken\n" : request("r-" + i, "Hi, request number " + i) + "\n");
        }

        var run = screen(input.toString().getBytes(StandardCharsets.UTF_8), 4);

        assertThat(run.lines()).hasSize(3000);
        for (int i = 0; i < 3000; i++) {
            var line = run.lines().get(i);
            if (i % 7 == 3) {
                assertThat(line.get("error")).isNotNull();
            } else {
                assertThat(line.get("id").asString()).isEqualTo("r-" + i);
            }
        }
        assertThat(run.allRead()).isFalse();
    }

    @Nested
    class BadLines {

        @Test
        void becomeErrorLinesInPlaceAndTheRunGoesOn() throws IOException {
            var run = screen(String.join(
                    "\n",
                    request("a", "Hallo"),
                    "not json",
                    "[1, 2]",
                    "{\"id\": \"d\", \"message\": 42}",
                    "{\"id\": \"e\", \"recipient\": \"Dana\"}",
                    "{\"id\": \"f\", \"sender\": {\"stats\": {\"requestsLast7Days\": -3}}}",
                    request("g", "Hello")));

            assertThat(run.lines())
                    .extracting(l -> l.path("id").isNull() ? null : l.path("id").asString())
                    .containsExactly("a", null, null, "d", "e", "f", "g");
            assertThat(run.lines().get(3).get("error").asString()).isEqualTo("field 'message' must be a string");
            assertThat(run.lines().get(4).get("error").asString()).isEqualTo("field 'recipient' must be an object");
            assertThat(run.lines().get(5).get("error").asString()).contains("sender.stats");
            assertThat(run.allRead()).isFalse();
        }

        @Test
        void bytesThatAreNotUtf8BecomeAnErrorLine() throws IOException {
            var out = new ByteArrayOutputStream();
            out.write((request("a", "Hallo") + "\n").getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"b\", \"message\": \"caf".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0xe9, ' ', (byte) 0xff, (byte) 0xfe});
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write((request("c", "Hello") + "\n").getBytes(StandardCharsets.UTF_8));

            var run = screen(out.toByteArray(), 2);

            assertThat(run.lines()).hasSize(3);
            assertThat(run.lines().get(1).get("error")).isNotNull();
            assertThat(run.lines().get(2).get("id").asString()).isEqualTo("c");
            assertThat(run.allRead()).isFalse();
        }

        @Test
        void blankLinesAreSkippedAndAMissingMessageIsScreenedAsEmpty() throws IOException {
            var run = screen("\n   \n{\"id\": \"x\"}\r\n\n");

            assertThat(run.lines()).hasSize(1);
            assertThat(run.lines().getFirst().get("category").asString()).isEqualTo("empty");
            assertThat(run.allRead()).isTrue();
        }
    }

    @Test
    void sendsOtherLanguagesToReview() throws IOException {
        var run = screen(request("fr", "Bonjour, je serais ravi de rejoindre votre réseau professionnel.") + "\n"
                + "{\"id\": \"given\", \"language\": \"it\", \"message\": \"Hallo, wir suchen Hilfe\"}\n");

        assertThat(run.lines()).allSatisfy(line -> {
            assertThat(line.get("action").asString()).isEqualTo("review");
            assertThat(line.get("reason").asString()).isEqualTo("language not supported");
        });
    }

    @Test
    void screensAHundredThousandCharacterMessage() throws IOException {
        var run = screen(request("long", "Win-Win ".repeat(12_500)) + "\n");

        assertThat(run.lines().getFirst().get("category").asString()).isEqualTo("vague_pitch");
        assertThat(run.lines().getFirst().get("signals").toString()).contains("text_truncated");
    }
}
