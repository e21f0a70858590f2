package org.doorman.batch.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.doorman.batch.requests.RequestCodec;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.Language;
import org.doorman.core.screening.Signal;
import org.doorman.core.strategy.Action;
import org.doorman.core.strategy.Decision;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/** The answers come out byte for byte as Jackson's compact generator wrote them before. */
class AnswerWriterTests {

    private static final JsonFactory JACKSON = JsonFactory.builder().build();

    @Test
    void writesADecisionAsJacksonDoes() {
        var decision = decision(
                "concrete need -> accept and follow up",
                List.of(
                        new Signal("references_offer", 1, "XING-Seminare"),
                        new Signal("states_need", 1, "Wir suchen")));

        assertSameBytes("r-17", decision);
        assertSameBytes(new RequestCodec.NumericId("-12.50"), decision);
        assertSameBytes(null, decision);
        assertSameBytes("r", decision(Action.INVITE_TO_EVENT, Optional.of(2), "meet twice", List.of()));
    }

    @Test
    void escapesEveryCharacterAsJacksonDoes() {
        var text = new StringBuilder();
        for (char c = 0; c < 0x900; c++) {
            text.append(c);
        }
        text.append("€ 🙌 \ud800 x \udc00\ud83d \ud83d");

        assertSameBytes(text.toString(), decision(text.toString(), List.of(new Signal("s", 1, text.toString()))));
        assertSameError(text.toString(), text.toString());
    }

    @Test
    void writesRandomTextAsJacksonDoes() {
        var random = new Random(7);
        for (int round = 0; round < 200; round++) {
            var signals = new ArrayList<Signal>();
            for (int i = random.nextInt(4); i > 0; i--) {
                signals.add(new Signal(randomText(random) + "x", 1, randomText(random)));
            }
            assertSameBytes(randomText(random), decision(randomText(random), signals));
        }
    }

    @Test
    void writesErrorsAsJacksonDoes() {
        assertSameError(
                null, "not JSON: unexpected character 'n' at column 2: expected a property name in double quotes");
        assertSameError(new RequestCodec.NumericId("42"), "field 'message' must be a string");
    }

    @Test
    void roundsTheConfidenceToTwoPlacesAsBefore() {
        for (double confidence : new double[] {0, 1, 0.5, 0.005, 0.125, 0.994999, 0.995, 1e-7, 0.3333333}) {
            assertSameBytes(
                    "c",
                    new Decision(
                            Category.EMPTY,
                            confidence,
                            Action.ASK,
                            "ask",
                            "ask",
                            List.of(),
                            Language.EN,
                            Optional.empty(),
                            ""));
        }
    }

    private static String randomText(Random random) {
        var chars = new char[random.nextInt(12)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (random.nextInt(4)) {
                case 0 -> (char) random.nextInt(0x80);
                case 1 -> (char) (0xd800 + random.nextInt(0x800));
                case 2 -> (char) random.nextInt(0x10000);
                default -> (char) (0x20 + random.nextInt(0x60));
            };
        }
        return new String(chars);
    }

    private static Decision decision(String rule, List<Signal> signals) {
        return decision(Action.ACCEPT_AND_FOLLOW_UP, Optional.empty(), rule, signals);
    }

    private static Decision decision(Action action, Optional<Integer> meetings, String rule, List<Signal> signals) {
        return new Decision(
                Category.CONCRETE_NEED, 0.9137, action, "rule-" + rule, rule, signals, Language.DE, meetings, "why");
    }

    private static void assertSameBytes(Object id, Decision decision) {
        var writer = new AnswerWriter(16);
        writer.decision(id, decision);
        assertThat(written(writer)).isEqualTo(jackson(json -> {
            json.writeStartObject();
            writeId(json, id);
            json.writeStringProperty("category", decision.category().wireName());
            json.writeNumberProperty("confidence", Math.round(decision.confidence() * 100) / 100.0);
            json.writeStringProperty("action", decision.action().wireName());
            json.writeStringProperty("rule", decision.rule());
            json.writeStringProperty("ruleId", decision.ruleId());
            decision.meetingsRequired().ifPresent(m -> json.writeNumberProperty("meetingsRequired", m));
            json.writeStringProperty("language", decision.language().code());
            json.writeStringProperty("reason", decision.reason());
            json.writeName("signals");
            json.writeStartArray();
            for (var signal : decision.signals()) {
                json.writeStartObject();
                json.writeStringProperty("name", signal.name());
                json.writeStringProperty("evidence", signal.evidence());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    private static void assertSameError(Object id, String message) {
        var writer = new AnswerWriter(16);
        writer.error(id, message);
        assertThat(written(writer)).isEqualTo(jackson(json -> {
            json.writeStartObject();
            writeId(json, id);
            json.writeStringProperty("error", message);
            json.writeEndObject();
        }));
    }

    private static void writeId(JsonGenerator json, Object id) {
        json.writeName("id");
        switch (id) {
            case null -> json.writeNull();
            case RequestCodec.NumericId number -> json.writeNumber(number.text());
            default -> json.writeString(id.toString());
        }
    }

    private static String written(AnswerWriter writer) {
        return hex(Arrays.copyOf(writer.bytes(), writer.length()));
    }

    private static String jackson(java.util.function.Consumer<JsonGenerator> write) {
        var out = new ByteArrayOutputStream();
        try (var json = JACKSON.createGenerator(out)) {
            write.accept(json);
        }
        out.write('\n');
        return hex(out.toByteArray());
    }

    /** Bytes as hex, so that a difference shows where it is even inside invalid UTF-8. */
    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
