package org.doorman.batch.requests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Request lines made from a seeded random: well formed ones with every field type, and broken ones. */
final class RequestLines {

    private static final List<String> TEXTS = List.of(
            "Hallo", "Grüße aus Köln", "🙌 emoji 😀", "中文", "", " ", "de", "en", "EN", "fr", "x\u00e4\u00df", "ÿ€");
    private static final List<String> NUMBERS = List.of(
            "0",
            "-0",
            "7",
            "-7",
            "0.5",
            "-0.0",
            "1E-5",
            "1e400",
            "-1e400",
            "1.5e+3",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "123456789012345678901234567890",
            "-123456789012345678901234567890",
            "1.0",
            "3.00",
            "2e0",
            "1.7976931348623157e308",
            "4.9e-324",
            "0.1",
            "12.75",
            "1E2",
            "1e-400",
            "100",
            "99999999999",
            "0.30000000000000004");
    private static final String[] PROFILE = {
        "name", "headline", "about", "company", "offers", "seeks", "interests", "groups", "stats", "other"
    };
    private static final String[] STATS = {
        "requestsLast7Days", "identicalTextRatio", "questionsReceived", "questionsAnswered", "acceptanceRate", "x"
    };
    private static final String[] CONTEXT = {
        "metInPerson",
        "priorConversation",
        "inAddressBook",
        "mutualContacts",
        "sharedGroups",
        "visitedProfileBeforeRequest",
        "y"
    };
    private static final byte[][] BREAKERS = {
        {0},
        {0x1f},
        {'"'},
        {'\\'},
        {'{'},
        {'}'},
        {'['},
        {']'},
        {','},
        {':'},
        {'0'},
        {'-'},
        {'.'},
        {'e'},
        {'x'},
        {'t'},
        {'n'},
        {' '},
        {(byte) 0x80},
        {(byte) 0xbf},
        {(byte) 0xc3},
        {(byte) 0xe2, (byte) 0x82},
        {(byte) 0xfe}, // not 0xFF: see RequestReaderTests.jacksonTakesANameWithTheByte0xFFForOneItHasSeen
        {(byte) 0xf8},
        {(byte) 0xc0, (byte) 0x80},
        {(byte) 0xc1, (byte) 0xa9},
        {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xe0, (byte) 0x81, (byte) 0xa9},
        {(byte) 0xf0, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xf7, (byte) 0xbf, (byte) 0xbf, (byte) 0xbf},
        {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
        {'\\', 'u', 'd', '8', '0', '0'},
        {'\\', 'u', 'D', 'C', '0', '0'},
        {'\\', 'x'},
        {'\\', 'u', '0', '0', 'g'},
        {'1', 'e'},
        {'0', '1'},
        {'t', 'r', 'u', 'e'},
        {'n', 'u', 'l', 'l'}
    };

    private final Random random;
    private final StringBuilder out = new StringBuilder();

    RequestLines(long seed) {
        this.random = new Random(seed);
    }

    /** A well formed line: the request's fields in any order, of the right type mostly, with unknown fields. */
    byte[] wellFormed() {
        out.setLength(0);
        if (random.nextInt(40) == 0) {
            out.append('\ufeff');
        }
        space();
        object(() -> {
            field("id", this::id);
            field("message", this::textOrOther);
            field("language", this::textOrOther);
            field("recipient", () -> profile(false));
            field("sender", () -> profile(true));
            field("context", () -> members(CONTEXT, this::contextValue));
            field("unknown", () -> anyValue(3));
        });
        space();
        if (random.nextInt(30) == 0) {
            out.append(random.nextBoolean() ? " {}" : " 1");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A well formed line broken a few times: bytes changed, inserted, deleted, or the line cut short. */
    byte[] broken() {
        var line = wellFormed();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            line = breakOnce(line);
        }
        return line;
    }

    private byte[] breakOnce(byte[] line) {
        int at = line.length == 0 ? 0 : random.nextInt(line.length);
        var bytes = new ByteArrayOutputStream();
        switch (random.nextInt(5)) {
            case 0 -> {
                bytes.write(line, 0, at);
                bytes.writeBytes(BREAKERS[random.nextInt(BREAKERS.length)]);
                bytes.write(line, Math.min(line.length, at + 1), Math.max(0, line.length - at - 1));
            }
            case 1 -> {
                bytes.write(line, 0, at);
                bytes.writeBytes(BREAKERS[random.nextInt(BREAKERS.length)]);
                bytes.write(line, at, line.length - at);
            }
            case 2 -> {
                int to = Math.min(line.length, at + 1 + random.nextInt(4));
                bytes.write(line, 0, at);
                bytes.write(line, to, line.length - to);
            }
            case 3 -> {
                return Arrays.copyOf(line, at);
            }
            default -> {
                bytes.write(line, 0, at);
                bytes.write(random.nextInt(255)); // not 0xFF, as above
                bytes.write(line, Math.min(line.length, at + 1), Math.max(0, line.length - at - 1));
            }
        }
        return bytes.toByteArray();
    }

    private void id() {
        switch (random.nextInt(6)) {
            case 0, 1 -> text();
            case 2, 3 -> out.append(NUMBERS.get(random.nextInt(NUMBERS.size())));
            case 4 -> out.append("null");
            default -> anyValue(1);
        }
    }

    private void profile(boolean sender) {
        if (random.nextInt(30) == 0) {
            anyValue(1);
            return;
        }
        members(PROFILE, name -> {
            switch (name) {
                case "offers", "seeks", "interests", "groups" -> texts();
                case "stats" -> {
                    if (sender || random.nextBoolean()) {
                        members(STATS, ignored -> numberOrOther());
                    } else {
                        anyValue(2);
                    }
                }
                case "other" -> anyValue(3);
                default -> textOrOther();
            }
        });
    }

    private void contextValue(String name) {
        switch (name) {
            case "priorConversation", "inAddressBook", "visitedProfileBeforeRequest" -> {
                switch (random.nextInt(30)) {
                    case 0 -> anyValue(1);
                    case 1, 2, 3 -> out.append("null");
                    default -> out.append(random.nextBoolean());
                }
            }
            case "sharedGroups" -> texts();
            case "y" -> anyValue(3);
            default -> numberOrOther();
        }
    }

    private void members(String[] names, java.util.function.Consumer<String> value) {
        if (random.nextInt(10) == 0) {
            out.append("null");
            return;
        }
        object(() -> {
            for (var name : names) {
                field(name, () -> value.accept(name));
            }
        });
    }

    private void object(Runnable fields) {
        out.append('{');
        int before = out.length();
        fields.run();
        if (out.length() > before) {
            out.setLength(out.length() - 1); // the last comma
        }
        space();
        out.append('}');
    }

    /** Writes a member with a trailing comma, sometimes not at all, sometimes twice. */
    private void field(String name, Runnable value) {
        for (int times = random.nextInt(5) == 0 ? 0 : random.nextInt(12) == 0 ? 2 : 1; times > 0; times--) {
            space();
            name(name);
            space();
            out.append(':');
            space();
            value.run();
            space();
            out.append(',');
        }
    }

    private void name(String name) {
        out.append('"');
        for (char c : name.toCharArray()) {
            if (random.nextInt(40) == 0) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private void textOrOther() {
        if (random.nextInt(40) == 0) {
            anyValue(2);
        } else {
            text();
        }
    }

    private void numberOrOther() {
        switch (random.nextInt(40)) {
            case 0 -> anyValue(1);
            case 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 -> out.append(NUMBERS.get(random.nextInt(NUMBERS.size())));
            default -> out.append(random.nextInt(100));
        }
    }

    private void texts() {
        switch (random.nextInt(30)) {
            case 0, 1, 2 -> out.append("null");
            case 3 -> anyValue(2);
            default -> {
                out.append('[');
                for (int i = random.nextInt(4); i > 0; i--) {
                    space();
                    if (random.nextInt(60) == 0) {
                        anyValue(1);
                    } else {
                        text();
                    }
                    out.append(i > 1 ? "," : "");
                }
                out.append(']');
            }
        }
    }

    private void anyValue(int depth) {
        switch (random.nextInt(depth > 0 ? 9 : 6)) {
            case 0 -> text();
            case 1 -> out.append(NUMBERS.get(random.nextInt(NUMBERS.size())));
            case 2 -> out.append("true");
            case 3 -> out.append("false");
            case 4 -> out.append("null");
            case 5 -> out.append("\"\"");
            case 6 -> {
                out.append('[');
                for (int i = random.nextInt(4); i > 0; i--) {
                    space();
                    anyValue(depth - 1);
                    out.append(i > 1 ? "," : "");
                }
                out.append(']');
            }
            default ->
                object(() -> {
                    for (int i = random.nextInt(4); i > 0; i--) {
                        field(random.nextBoolean() ? "k" + i : "message", () -> anyValue(depth - 1));
                    }
                });
        }
    }

    /** A string of words, umlauts, emoji, escapes of every kind and lone surrogates written as escapes. */
    private void text() {
        out.append('"');
        if (random.nextInt(4) == 0) {
            out.append(TEXTS.get(random.nextInt(TEXTS.size())));
        } else {
            for (int i = random.nextInt(30); i > 0; i--) {
                switch (random.nextInt(12)) {
                    case 0 -> out.append("\\n");
                    case 1 ->
                        out.append(new String[] {"\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r", "\\t"}[random.nextInt(7)]);
                    case 2 -> out.append(String.format("\\u%04X", random.nextInt(0x10000)));
                    case 3 -> out.append(String.format("\\u%04x", random.nextInt(0x20)));
                    case 4 -> out.appendCodePoint(0x1F300 + random.nextInt(0x300));
                    case 5 -> out.append("äöüßÄÖÜ€".charAt(random.nextInt(8)));
                    case 6 -> out.appendCodePoint(0x80 + random.nextInt(0xD000));
                    case 7 -> out.append(TEXTS.get(random.nextInt(TEXTS.size())));
                    default -> out.append(plainCharacter());
                }
            }
        }
        out.append('"');
    }

    private char plainCharacter() {
        char c = (char) (0x20 + random.nextInt(0x5f));
        return c == '"' || c == '\\' ? 'q' : c;
    }

    private void space() {
        if (random.nextInt(6) == 0) {
            out.append(" \t\r\n".charAt(random.nextInt(4)));
        }
    }
}
