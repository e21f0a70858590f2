package org.doorman.batch.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.doorman.batch.requests.JsonLine.Token;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JsonLineTests {

    @Nested
    class Tokens {

        @Test
        void nestedDocumentsComeAsTokensInOrder() {
            assertThat(tokens(" {\"a\": [1, -2.5, \"x\", true, false, null, {}], \"b\": {\"c\": []}}\t\r\n"))
                    .containsExactly(
                            "OBJECT",
                            "NAME",
                            "ARRAY",
                            "INTEGER 1",
                            "DECIMAL -2.5",
                            "STRING x",
                            "TRUE",
                            "FALSE",
                            "NULL",
                            "OBJECT",
                            "END_OBJECT",
                            "END_ARRAY",
                            "NAME",
                            "OBJECT",
                            "NAME",
                            "ARRAY",
                            "END_ARRAY",
                            "END_OBJECT",
                            "END_OBJECT");
        }

        @Test
        void namesAreFoundAmongTheKnownOnesAlsoWhenEscaped() {
            var json = line("{\"mess\\u0061ge\": 1, \"id\": 2, \"other\": 3}");
            var known = JsonNames.of(RequestFields.Request.values(), field -> field.json);
            json.next();
            json.next();
            assertThat(json.name(known)).isEqualTo(RequestFields.Request.MESSAGE);
            json.next();
            json.next();
            assertThat(json.name(known)).isEqualTo(RequestFields.Request.ID);
            json.next();
            json.next();
            assertThat(json.name(known)).isEqualTo(RequestFields.Request.OTHER);
        }

        @Test
        void skippingChildrenStepsOverAWholeValue() {
            var json = line("{\"a\": {\"b\": [1, {\"c\": \"d\"}]}, \"e\": 2}");
            json.next();
            json.next();
            json.next();
            json.skipChildren();
            assertThat(json.current()).isEqualTo(Token.END_OBJECT);
            assertThat(json.next()).isEqualTo(Token.NAME);
        }

        @Test
        void aByteOrderMarkAtTheStartIsSkipped() {
            assertThat(tokens("\ufeff{}")).containsExactly("OBJECT", "END_OBJECT");
        }

        @Test
        void deepNestingIsRefusedBeyondFiveHundredLevels() {
            assertThat(tokens("[".repeat(500) + "]".repeat(500))).hasSize(1000);
            assertThatThrownBy(() -> tokens("[".repeat(100_000)))
                    .isInstanceOf(RequestCodec.MalformedJson.class)
                    .hasMessage(
                            "unexpected character '[' at column 501: expected at most 500 nested arrays and objects");
        }
    }

    @Nested
    class Strings {

        @Test
        void everyEscapeIsDecoded() {
            assertThat(string("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e4\\u20AC\""))
                    .isEqualTo("\" \\ / \b \f \n \r \t ä€");
        }

        @Test
        void surrogatePairsAndLoneSurrogatesFromEscapesAreKept() {
            assertThat(string("\"\\ud83d\\ude00 \\ud800 \\udc00\"")).isEqualTo("😀 \ud800 \udc00");
        }

        @Test
        void utf8IsDecodedAndAsciiCopied() {
            assertThat(string("\"Grüße 😀 中文\"")).isEqualTo("Grüße 😀 中文");
            assertThat(string("\"plain ascii\"")).isEqualTo("plain ascii");
        }

        @Test
        void bytesThatAreNotUtf8AnywhereRefuseTheLineBeforeItIsRead() {
            var line = HexFormat.of().parseHex("7b2278223a2261ff62222c2279223a317d"); // {"x":"a\xffb","y":1}

            assertThatThrownBy(() -> JsonLine.of(line, line.length))
                    .isInstanceOf(RequestCodec.MalformedJson.class)
                    .hasMessage("unexpected byte 0xFF at column 8: expected UTF-8 (no overlong forms, surrogates or"
                            + " code points above U+10FFFF)");
        }

        @Test
        void overlongFormsSurrogatesAndCodePointsAboveTheLastAreNotUtf8() {
            for (var hex :
                    new String[] {"c080", "c1bf", "e080af", "eda080", "f08fbfbf", "f4908080", "f5808080", "e282"}) {
                var bytes = HexFormat.of().parseHex("2261" + hex + "22");
                assertThat(JsonEncoding.firstNotUtf8(bytes, bytes.length))
                        .as(hex)
                        .isEqualTo(2);
            }
            for (var hex : new String[] {"c280", "dfbf", "e0a080", "ed9fbf", "ee8080", "f0908080", "f48fbfbf"}) {
                var bytes = HexFormat.of().parseHex("2261" + hex + "22");
                assertThat(JsonEncoding.firstNotUtf8(bytes, bytes.length))
                        .as(hex)
                        .isEqualTo(-1);
            }
        }

        @Test
        void anUnescapedControlCharacterIsRefused() {
            assertThatThrownBy(() -> string("\"a\tb\""))
                    .hasMessage(
                            "unexpected byte 0x9 at column 3: expected a control character to be escaped inside a string");
        }

        @Test
        void anUnknownEscapeIsRefused() {
            assertThatThrownBy(() -> string("\"a\\x\""))
                    .hasMessage(
                            "unexpected character 'x' at column 4: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u");
        }
    }

    @Nested
    class Numbers {

        @Test
        void integersThatFitAnIntAreReadDirectly() {
            var json = line("[-2147483648, 2147483647, 2147483648, -0]");
            json.next();
            assertThat(json.next()).isEqualTo(Token.INTEGER);
            assertThat(json.isInt()).isTrue();
            assertThat(json.intValue()).isEqualTo(Integer.MIN_VALUE);
            json.next();
            assertThat(json.intValue()).isEqualTo(Integer.MAX_VALUE);
            json.next();
            assertThat(json.isInt()).isFalse();
            json.next();
            assertThat(Math.copySign(1.0, json.doubleValue()))
                    .as("the sign of zero")
                    .isEqualTo(1.0);
            assertThat(json.numberText()).isEqualTo("-0");
        }

        @Test
        void decimalsAreReadAsTheNearestDouble() {
            assertThat(doubles("[1e400, 1E-5, 0.5, -0.0, 123456789012345678901234567890]"))
                    .containsExactly(Double.POSITIVE_INFINITY, 1e-5, 0.5, -0.0, 1.2345678901234568e29);
        }

        @Test
        void numbersKeepTheirTextAsWritten() {
            var json = line("[1.50E+02]");
            json.next();
            json.next();
            assertThat(json.numberText()).isEqualTo("1.50E+02");
        }
    }

    @Nested
    class Malformed {

        @Test
        void eachKindOfSyntaxErrorNamesWhatWasExpectedAndWhere() {
            assertMalformed("{a:1}", "unexpected character 'a' at column 2: expected a property name in double quotes");
            assertMalformed(
                    "{'a':1}", "unexpected character ''' at column 2: expected a property name in double quotes");
            assertMalformed("{\"a\" 1}", "unexpected character '1' at column 6: expected ':' after the property name");
            assertMalformed("[01]", "unexpected character '1' at column 3: expected no leading zero in a number");
            assertMalformed("[1,]", "unexpected character ']' at column 4: expected a value");
            assertMalformed(
                    "{\"a\":1,}", "unexpected character '}' at column 8: expected a property name in double quotes");
            assertMalformed("[1 2]", "unexpected character '2' at column 4: expected ',' or ']'");
            assertMalformed("[NaN]", "unexpected character 'N' at column 2: expected a value");
            assertMalformed("[-Infinity]", "unexpected character 'I' at column 3: expected a digit after '-'");
            assertMalformed("[1.]", "unexpected character ']' at column 4: expected a digit after the decimal point");
            assertMalformed("[1e]", "unexpected character ']' at column 4: expected a digit in the exponent");
            assertMalformed("[tru]", "unexpected character 't' at column 2: expected a value ('true' misspelt?)");
            assertMalformed("[truex]", "unexpected character 'x' at column 6: expected a delimiter after 'true'");
            assertMalformed("// no\n{}", "unexpected character '/' at column 1: expected a value");
            assertMalformed("{\"a\":1", "unexpected end of line at column 7: expected '}' to close the object");
            assertMalformed("[\"a]", "unexpected end of line at column 5: expected '\"' to close the string");
            assertMalformed("[}", "unexpected character '}' at column 2: expected ']'");
            assertMalformed(
                    "\f{}",
                    "unexpected byte 0xC at column 1: expected white space between tokens (space, tab, CR, LF)");
        }

        private static void assertMalformed(String text, String message) {
            assertThatThrownBy(() -> tokens(text))
                    .isInstanceOf(RequestCodec.MalformedJson.class)
                    .hasMessage(message);
        }
    }

    private static JsonLine line(String text) {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        return JsonLine.of(bytes, bytes.length);
    }

    private static List<String> tokens(String text) {
        var json = line(text);
        var tokens = new ArrayList<String>();
        for (var token = json.next(); token != null; token = json.next()) {
            tokens.add(
                    switch (token) {
                        case STRING -> "STRING " + json.string();
                        case INTEGER, DECIMAL -> token + " " + json.numberText();
                        default -> token.name();
                    });
        }
        return tokens;
    }

    private static String string(String text) {
        var json = line(text);
        json.next();
        return json.string();
    }

    private static List<Double> doubles(String text) {
        var json = line(text);
        var values = new ArrayList<Double>();
        for (var token = json.next(); token != null; token = json.next()) {
            if (token == Token.INTEGER || token == Token.DECIMAL) {
                values.add(json.doubleValue());
            }
        }
        return values;
    }
}
