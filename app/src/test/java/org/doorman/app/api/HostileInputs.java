package org.doorman.app.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A corpus of hostile input: broken bodies, and values for any one field of a JSON body. Hand-written, plus variants
 * generated from a fixed seed (the same corpus every run).
 */
final class HostileInputs {

    private HostileInputs() {}

    /** Whole bodies that are not the JSON expected. */
    static List<byte[]> bodies() {
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

    /** JSON values (as JSON text) to put into one field. */
    static List<String> values() {
        var values = new ArrayList<String>();
        for (String text : List.of(
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
                "A".repeat(100_000))) {
            values.add(quoted(text));
        }
        values.add("\"\\ud800\"");
        values.addAll(List.of("1", "-1", "0", "1e308", "-1e308", "123456789012345678901234567890", "true", "null"));
        values.addAll(List.of("[]", "[1, 2]", "{}", "{\"a\": [1]}", "[\"" + "x\", \"".repeat(1000) + "x\"]"));
        values.add(bigList(100_000));
        return values;
    }

    /** Generated strings: random lengths, drawn from characters that break things more often than letters. */
    static List<String> generated(long seed, int count) {
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
            values.add(quoted(text.toString()));
        }
        return values;
    }

    static String bigList(int items) {
        var list = new StringBuilder(items * 4 + 2).append('[');
        for (int i = 0; i < items; i++) {
            list.append(i == 0 ? "" : ",").append("\"t").append(i % 10).append('"');
        }
        return list.append(']').toString();
    }

    /** A JSON string literal; lone surrogates and controls escaped, as a client library would send them. */
    static String quoted(String text) {
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
