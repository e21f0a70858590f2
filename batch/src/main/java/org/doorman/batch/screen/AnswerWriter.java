package org.doorman.batch.screen;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import org.doorman.batch.requests.RequestCodec;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.Language;
import org.doorman.core.strategy.Action;
import org.doorman.core.strategy.Decision;

/**
 * Writes the answers of the batch contract as JSON lines straight into bytes, with the field order and the escaping
 * of Jackson's compact output (control characters escaped, other characters as UTF-8, a lone surrogate as
 * {@code \\uXXXX}). A streaming generator costs a third of the writing and, being inlined into every call site, long
 * JIT compilations at the start of each run.
 */
final class AnswerWriter {

    private static final byte[] HEX = ascii("0123456789ABCDEF");

    /** Per ASCII character: 0 written as is, -1 as {@code \\u00XX}, else the letter after a backslash. */
    private static final byte[] ESCAPES = new byte[128];

    static {
        Arrays.fill(ESCAPES, 0, 32, (byte) -1);
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\f'] = 'f';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
    }

    private static final byte[] ID = ascii("{\"id\":");
    private static final byte[][] CATEGORIES =
            wireNames(Category.values(), Category::wireName, ",\"category\":\"", "\"");
    /** {@code ,"confidence":0.91} and the like, by hundredths: the rounded confidence as Java prints a double. */
    private static final byte[][] CONFIDENCES = new byte[101][];

    static {
        for (int hundredths = 0; hundredths <= 100; hundredths++) {
            CONFIDENCES[hundredths] = ascii(",\"confidence\":" + hundredths / 100.0);
        }
    }

    private static final byte[][] ACTIONS = wireNames(Action.values(), Action::wireName, ",\"action\":\"", "\"");
    private static final byte[] RULE = ascii(",\"rule\":");
    private static final byte[] RULE_ID = ascii(",\"ruleId\":");
    private static final byte[] MEETINGS = ascii(",\"meetingsRequired\":");
    private static final byte[][] LANGUAGES = wireNames(Language.values(), Language::code, ",\"language\":\"", "\"");
    private static final byte[] REASON = ascii(",\"reason\":");
    private static final byte[] SIGNALS = ascii(",\"signals\":[");
    private static final byte[] FIRST_NAME = ascii("{\"name\":");
    private static final byte[] NEXT_NAME = ascii(",{\"name\":");
    private static final byte[] EVIDENCE = ascii(",\"evidence\":");
    private static final byte[] SIGNAL_END = ascii("}");
    private static final byte[] DECISION_END = ascii("]}\n");
    private static final byte[] ERROR = ascii(",\"error\":");
    private static final byte[] ERROR_END = ascii("}\n");
    private static final byte[] NULL = ascii("null");

    private byte[] bytes;
    private int size;

    AnswerWriter(int capacity) {
        bytes = new byte[Math.max(capacity, 256)];
    }

    /** One decision line, ending with a line break. */
    void decision(Object id, Decision decision) {
        raw(ID);
        id(id);
        raw(CATEGORIES[decision.category().ordinal()]);
        raw(CONFIDENCES[(int) Math.round(decision.confidence() * 100)]); // a Decision's confidence lies in [0,1]
        raw(ACTIONS[decision.action().ordinal()]);
        raw(RULE);
        string(decision.rule());
        raw(RULE_ID);
        string(decision.ruleId());
        if (decision.meetingsRequired().isPresent()) {
            raw(MEETINGS);
            number(Integer.toString(decision.meetingsRequired().get()));
        }
        raw(LANGUAGES[decision.language().ordinal()]);
        raw(REASON);
        string(decision.reason());
        raw(SIGNALS);
        var signals = decision.signals();
        for (int i = 0; i < signals.size(); i++) {
            var signal = signals.get(i);
            raw(i == 0 ? FIRST_NAME : NEXT_NAME);
            string(signal.name());
            raw(EVIDENCE);
            string(signal.evidence());
            raw(SIGNAL_END);
        }
        raw(DECISION_END);
    }

    /** One error line, {@code {"id":...,"error":"..."}}, ending with a line break. */
    void error(Object id, String message) {
        raw(ID);
        id(id);
        raw(ERROR);
        string(message);
        raw(ERROR_END);
    }

    /** The lines written so far: {@link #length()} bytes of this array, which the writer no longer touches. */
    byte[] bytes() {
        return bytes;
    }

    int length() {
        return size;
    }

    private void id(Object id) {
        switch (id) {
            case null -> raw(NULL);
            case String text -> string(text);
            case RequestCodec.NumericId number -> number(number.text());
            default -> string(id.toString());
        }
    }

    private void raw(byte[] part) {
        ensure(part.length);
        System.arraycopy(part, 0, bytes, size, part.length);
        size += part.length;
    }

    /** A number as Java and Jackson print it: ASCII, nothing to escape. */
    private void number(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static <T> byte[][] wireNames(T[] values, Function<T, String> wireName, String before, String after) {
        var names = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            names[i] = ascii(before + wireName.apply(values[i]) + after);
        }
        return names;
    }

    private void string(String text) {
        int length = text.length();
        ensure(length * 6 + 2); // the most a character takes, escaped as \\uXXXX
        var out = bytes;
        int at = size;
        out[at++] = '"';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                byte escape = ESCAPES[c];
                if (escape == 0) {
                    out[at++] = (byte) c;
                } else if (escape > 0) {
                    out[at++] = '\\';
                    out[at++] = escape;
                } else {
                    at = unicodeEscape(out, at, c);
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3f));
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xe0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                out[at++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int point = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xf0 | (point >> 18));
                out[at++] = (byte) (0x80 | ((point >> 12) & 0x3f));
                out[at++] = (byte) (0x80 | ((point >> 6) & 0x3f));
                out[at++] = (byte) (0x80 | (point & 0x3f));
            } else {
                at = unicodeEscape(out, at, c);
            }
        }
        out[at++] = '"';
        size = at;
    }

    private static int unicodeEscape(byte[] out, int at, char c) {
        out[at++] = '\\';
        out[at++] = 'u';
        out[at++] = HEX[c >> 12];
        out[at++] = HEX[(c >> 8) & 0xf];
        out[at++] = HEX[(c >> 4) & 0xf];
        out[at++] = HEX[c & 0xf];
        return at;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
