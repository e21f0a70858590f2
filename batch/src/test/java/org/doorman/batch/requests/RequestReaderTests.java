package org.doorman.batch.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.doorman.core.screening.ScreeningInput;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;

class RequestReaderTests {

    /** What reading one line gives: the request, a refusal of its content, or "not JSON". */
    sealed interface Outcome {}

    record Read(Object id, ScreeningInput input) implements Outcome {}

    record Refused(Object id, String reason) implements Outcome {}

    record NotJson() implements Outcome {}

    @Test
    void readsWellFormedLinesAsTheJacksonReaderDid() {
        var lines = new RequestLines(20261127);
        int read = 0;
        for (int i = 0; i < 4000; i++) {
            if (assertSameOutcome(lines.wellFormed()) instanceof Read) {
                read++;
            }
        }
        assertThat(read).as("lines read, not refused").isGreaterThan(500);
    }

    @Test
    void refusesBrokenLinesAsTheJacksonReaderDid() {
        var lines = new RequestLines(7);
        int notJson = 0;
        for (int i = 0; i < 8000; i++) {
            if (assertSameOutcome(lines.broken()) instanceof NotJson) {
                notJson++;
            }
        }
        assertThat(notJson).as("lines refused as not JSON").isGreaterThan(2000);
    }

    @Test
    void readsAndRefusesEdgeCasesAsTheJacksonReaderDid() {
        for (var line : new String[] {
            "{\"id\":1,\"message\":\"a\\ud800b\"}",
            "{\"id\":-0,\"sender\":{\"stats\":{\"acceptanceRate\":-0,\"identicalTextRatio\":-0.0}}}",
            "{\"id\":1,\"context\":\"never closed",
            "{\"id\":2,\"context\":truex}",
            "{\"id\":3,\"context\":true:}",
            "{\"id\":4,\"context\":5x}",
            "{\"id\":5,\"recipient\":{\"seeks\":[1x]}}",
            "{\"i\\u0064\":6}",
            "{} \"never closed",
            "{}1",
            "{}1x",
            "\"never closed",
            "[",
            "12",
            "{\"id\":1e999}",
            "{\"id\":7,\"context\":{\"metInPerson\":2147483648}}",
            "{\"id\":8,\"context\":{\"metInPerson\":-2147483648}}",
            "{\"id\":9,\"context\":{\"metInPerson\":2.0e1}}",
            "{\"id\":10,\"context\":{\"metInPerson\":1e10}}",
        }) {
            assertSameOutcome(line.getBytes(StandardCharsets.UTF_8));
        }
        assertSameOutcome(
                HexFormat.of().parseHex("7b226964223a312c226d657373616765223a2261c080f0808080f7bfbfbfe081a962227d"));
        assertSameOutcome(HexFormat.of().parseHex("7b22c1a964223a317d"));
        assertSameOutcome(HexFormat.of().parseHex("7b226964223a312c2278223a2261eda08062227d"));
        assertSameOutcome(HexFormat.of().parseHex("7b226964223a312c226d657373616765223a2261eda08062227d"));
    }

    /**
     * Jackson's table of property names pads the last group of four bytes with 0xFF, so "abou\xfft" and "about" look
     * the same to it: once it has seen "about" (earlier in the line, or in any earlier line read through the same
     * factory) it reads the first as the second without checking its UTF-8. JsonLine refuses the byte 0xFF wherever
     * it stands, as Jackson does for a name it has not seen.
     */
    @Test
    void jacksonTakesANameWithTheByte0xFFForOneItHasSeen() {
        var line = HexFormat.of().parseHex("7b22726563697069656e74223a7b2261626f7574223a312c2261626f75ff74223a327d7d");
        assertThat(jackson(line)).isInstanceOf(Read.class);
        assertThat(jsonLine(line)).isInstanceOf(NotJson.class);
        var alone = HexFormat.of().parseHex("7b22726563697069656e74223a7b2261626f75ff74223a327d7d");
        assertSameOutcome(alone);
        assertThat(jsonLine(alone)).isInstanceOf(NotJson.class);
    }

    @Test
    void refusesNestingDeeperThanJacksonAllows() {
        for (int depth : new int[] {499, 500, 501, 5000}) {
            var line = "{\"x\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
            assertSameOutcome(line.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void refusesTooLongNumbersAndNamesAsJacksonDoes() {
        for (var line : new String[] {
            "{\"x\":" + "1".repeat(1000) + "}",
            "{\"x\":" + "1".repeat(1001) + "}",
            "{\"x\":1." + "1".repeat(998) + "e1}",
            "{\"x\":1." + "1".repeat(998) + "e12}",
            "{\"" + "a".repeat(50_000) + "\":1}",
            "{\"" + "a".repeat(50_001) + "\":1}",
            "{\"" + "a".repeat(49_999) + "\\u00e4\":1}",
        }) {
            assertSameOutcome(line.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The contract refuses bytes that are not UTF-8, where Jackson let overlong forms, code points above U+10FFFF
     * and, in strings it stepped over, encoded surrogates pass.
     */
    @Test
    void refusesBytesThatAreNotUtf8WhereJacksonLetThemPass() {
        for (var hex : new String[] {
            "7b226964223a312c226d657373616765223a2261c08062227d", // "a\xc0\x80b": an overlong NUL
            "7b226964223a312c226d657373616765223a2261e081a962227d", // an overlong 'a' in three bytes
            "7b226964223a312c226d657373616765223a2261f080808062227d", // an overlong NUL in four bytes
            "7b226964223a312c226d657373616765223a2261f490808062227d", // U+110000
            "7b226964223a312c2278223a2261eda08062227d", // a surrogate in a field that is stepped over
        }) {
            var line = HexFormat.of().parseHex(hex);
            assertThat(jackson(line)).as(hex).isInstanceOf(Read.class);
            assertThat(jsonLine(line)).as(hex).isInstanceOf(NotJson.class);
        }
    }

    @Test
    void readsEveryWellFormedUtf8CharacterLength() {
        var line = "{\"id\":1,\"message\":\"a \u00e4 \u20ac \ud83d\ude00 \uffff \udbff\udfff\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(jsonLine(line)).isInstanceOf(Read.class).isEqualTo(jackson(line));
    }

    private static Outcome assertSameOutcome(byte[] line) {
        var before = expected(line);
        var now = jsonLine(line);
        assertThat(now)
                .as(() -> "line " + HexFormat.of().formatHex(line) + "\n" + new String(line, StandardCharsets.UTF_8))
                .isEqualTo(before);
        return now;
    }

    /** What the Jackson reader did, except that a line taken as UTF-8 must be UTF-8 to be read. */
    private static Outcome expected(byte[] line) {
        byte[] utf8;
        try {
            utf8 = JsonEncoding.utf8(line, line.length);
        } catch (RequestCodec.MalformedJson e) {
            return jackson(line);
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8));
        } catch (CharacterCodingException e) {
            return new NotJson();
        }
        return jackson(line);
    }

    private static Outcome jackson(byte[] line) {
        // A fresh factory each time: a factory's shared table of property names takes "\xff\xffid" for "id" once it
        // holds "id" (the last group of four bytes is padded with 0xFF), so what a shared one reads depends on the
        // lines
        // before. JsonLine reads as a fresh parser does, refusing the byte 0xFF.
        try (var parser = JsonFactory.builder().build().createParser(line, 0, line.length)) {
            var request = JacksonRequestReader.read(parser);
            return new Read(request.id(), request.input());
        } catch (JacksonException e) {
            return new NotJson();
        } catch (IllegalArgumentException e) {
            return new Refused(RequestCodec.idOf(e), e.getMessage());
        }
    }

    private static Outcome jsonLine(byte[] line) {
        try {
            var request = RequestCodec.read(line, line.length);
            return new Read(request.id(), request.input());
        } catch (RequestCodec.MalformedJson e) {
            return new NotJson();
        } catch (IllegalArgumentException e) {
            return new Refused(RequestCodec.idOf(e), e.getMessage());
        }
    }
}
