package org.doorman.app.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A corpus of hostile input: broken bodies, values for any one field of a JSON body, and the same as plain text for
 * a form field. Hand-written, plus variants generated from a fixed seed (the same corpus every run).
 */
public final class HostileInputs {

    private HostileInputs() {}

    /** Whole bodies that are not the JSON expected. */
    public static List<byte[]> bodies() {
        var bodies = new ArrayList<byte[]>();
        for (String text : List.of(
                "",
                "{",
                "}",
                "[]",
                "null",
                "\"x\"",
                "42",
                "{\"a\":}",
                "{'a': 1}",
                "{\"a\": 1,}",
                "{\"a\": 1} trailing",
                "{\"a\": NaN}",
                "{\"a\": 1e999999}",
                "{\"a\": -1e999999}",
                "{\"a\": 123456789012345678901234567890123456789012345678901234567890}",
                "{\"a\": \"\\ud800\"}",
                "{\"a\": \"\\u0000\"}",
                "\u0000",
                "\uFEFF{}")) {
            bodies.add(text.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add("{".repeat(5000).getBytes(StandardCharsets.UTF_8));
        bodies.add(("[".repeat(3000) + "]".repeat(3000)).getBytes(StandardCharsets.UTF_8));
        bodies.add(("{\"a\":".repeat(2000) + "1" + "}".repeat(2000)).getBytes(StandardCharsets.UTF_8));
        bodies.add(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xfd});
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, '"', '}'});
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}'});
        bodies.add(("{\"message\": \"" + "x".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        return bodies;
    }

    /** Texts that break things more often than words do: controls, injections, odd dates, very long values. */
    private static final List<String> TEXTS = List.of(
            "",
            " ",
            "\u0000",
            "a\u0000b",
            "\u0001\u0002\u0007\u001b[31m",
            "\r\n\t",
            "\u202eevil\u202c",
            "\u200b\u200c\u200d\ufeff",
            "\ud83d\ude00 emoji",
            "' OR '1'='1",
            "1; DROP TABLE members; --",
            "\" OR \"\"=\"",
            "{{7*7}}",
            "${7*7}",
            "#{7*7}",
            "[[${7*7}]]",
            "{requester}{member}{unknown}",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "../../../../etc/passwd",
            "..%2F..%2Fetc%2Fpasswd",
            "%00",
            "-999999999-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59Z",
            "0000-00-00T00:00:00Z",
            "2026-02-30T25:61:61Z",
            "1970-01-01T00:00:00Z",
            "m_" + "9".repeat(500),
            "A".repeat(100_000));

    /** JSON values that are not strings, and long lists. */
    private static final List<String> NOT_STRINGS = List.of(
            "1",
            "-1",
            "0",
            "1e308",
            "-1e308",
            "123456789012345678901234567890",
            "true",
            "null",
            "[]",
            "[1, 2]",
            "{}",
            "{\"a\": [1]}",
            "[\"" + "x\", \"".repeat(1000) + "x\"]");

    /** JSON values (as JSON text) to put into one field. */
    public static List<String> values() {
        var values = new ArrayList<String>();
        TEXTS.forEach(text -> values.add(quoted(text)));
        values.add("\"\\ud800\"");
        values.addAll(NOT_STRINGS);
        values.add(bigList(100_000));
        return values;
    }

    /**
     * The same corpus as plain text for a form field: the texts, a lone surrogate, the JSON values as they would be
     * typed, and {@code count} generated strings.
     */
    public static List<String> texts(long seed, int count) {
        var texts = new ArrayList<>(TEXTS);
        texts.add("\ud800");
        texts.addAll(NOT_STRINGS);
        texts.add(bigList(100_000));
        texts.addAll(generatedTexts(seed, count));
        return texts;
    }

    /** Generated strings: random lengths, drawn from characters that break things more often than letters. */
    public static List<String> generated(long seed, int count) {
        return generatedTexts(seed, count).stream().map(HostileInputs::quoted).toList();
    }

    /** Generated strings as plain text. */
    public static List<String> generatedTexts(long seed, int count) {
        char[] pool = ("aZ09 '\"\\/<>{}[]$#%&;:-_.\u0000\u0001\u001f\u007f\u0085\u00a0\u00e4\u00df\u200b\u200e\u202e"
                        + "\u2028\u2029\ufeff\ufffd\ud83d\ude00\u4e2d")
                .toCharArray();
        var random = new Random(seed);
        var values = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            int length = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(5);
                case 1 -> random.nextInt(80);
                case 2 -> 100 + random.nextInt(400);
                default -> 1000 + random.nextInt(10_000);
            };
            var text = new StringBuilder(length);
            for (int j = 0; j < length; j++) {
                text.append(pool[random.nextInt(pool.length)]);
            }
            values.add(text.toString());
        }
        return values;
    }

    public static String bigList(int items) {
        var list = new StringBuilder(items * 4 + 2).append('[');
        for (int i = 0; i < items; i++) {
            list.append(i == 0 ? "" : ",").append("\"t").append(i % 10).append('"');
        }
        return list.append(']').toString();
    }

    /** A JSON string literal; lone surrogates and controls escaped, as a client library would send them. */
    public static String quoted(String text) {
        var json = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
