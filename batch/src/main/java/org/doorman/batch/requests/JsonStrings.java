package org.doorman.batch.requests;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The strings of a {@link JsonLine}: decoded or stepped over from the byte after the opening quote. The line is
 * known to be UTF-8 (RFC 3629) before its strings are read ({@link JsonEncoding#firstNotUtf8}), so a byte above 0x7F
 * is part of a whole character here: only quotes, escapes and control characters are checked.
 */
final class JsonStrings {

    private byte[] bytes;
    private int end;
    private char[] chars;
    private int position;
    private int nameBytes;
    private int escaped;

    void reset(byte[] bytes, int end) {
        this.bytes = bytes;
        this.end = end;
        if (chars != null && chars.length > 1 << 16) {
            chars = null; // not kept after a very long line
        }
    }

    /** Where the last decoded string ended: after its closing quote. */
    int end() {
        return position;
    }

    /** The length in UTF-8 of the last decoded property name, escapes resolved, as Jackson limits it. */
    int nameBytes() {
        return nameBytes;
    }

    /** Checks the string that starts at {@code from} and returns where it ends, after the closing quote. */
    int skip(int from) {
        byte[] in = bytes;
        int limit = end;
        int i = from;
        while (true) {
            byte b;
            while (i < limit && ((b = in[i]) >= 0x20 || b < 0) && b != '"' && b != '\\') {
                i++; // bytes above 0x7F are negative
            }
            if (i >= end) {
                throw malformed(bytes, end, i, "'\"' to close the string");
            }
            int c = bytes[i++];
            if (c == '"') {
                return i;
            } else if (c == '\\') {
                i = escape(i);
            } else {
                throw control(i - 1);
            }
        }
    }

    /** The string value that starts at {@code from}; pure ASCII without escapes is copied without decoding. */
    String decode(int from) {
        byte[] in = bytes;
        int limit = end;
        int i = from;
        byte b;
        while (i < limit && (b = in[i]) >= 0x20 && b != '"' && b != '\\') {
            i++;
        }
        if (i < end && bytes[i] == '"') {
            position = i + 1;
            return new String(bytes, from, i - from, StandardCharsets.ISO_8859_1);
        }
        return decode(from, i, false);
    }

    /** A property name that is not plain ASCII: surrogate escapes must pair up here, as Jackson wants in names. */
    String decodeName(int from) {
        return decode(from, from, true);
    }

    private String decode(int from, int plainUntil, boolean name) {
        byte[] in = bytes; // locals: the quick compiler reloads fields in every round of a loop
        int limit = end;
        var out = charsFor(Math.min(limit - from, plainUntil - from + 256)); // never more chars than bytes
        int length = 0;
        for (int i = from; i < plainUntil; i++) {
            out[length++] = (char) in[i];
        }
        int utf8 = plainUntil - from;
        int i = plainUntil;
        while (true) {
            if (length + 2 > out.length) {
                out = charsFor(Math.min(limit - from, out.length * 2));
            }
            if (i >= limit) {
                throw malformed(in, limit, i, "'\"' to close the " + (name ? "property name" : "string"));
            }
            int c = in[i++];
            if (c >= 0x20 && c != '"' && c != '\\') {
                out[length++] = (char) c;
                utf8++;
                continue;
            }
            if (c == '"') {
                break;
            }
            c &= 0xFF;
            if (c >= 0xC2 && c <= 0xDF) {
                out[length++] = (char) (((c & 0x1F) << 6) | (in[i++] & 0x3F));
                utf8 += 2;
                continue;
            }
            if (c == '\\') {
                int at = i - 1;
                i = escape(i);
                c = escaped;
                if (name && c >= 0xD800 && c <= 0xDFFF) {
                    if (c >= 0xDC00) {
                        throw malformed(bytes, end, at, "a high surrogate escape before a low one in a property name");
                    }
                    if (i >= end || bytes[i] != '\\') {
                        throw malformed(bytes, end, i, "a low surrogate escape after a high one in a property name");
                    }
                    i = escape(i + 1);
                    if (escaped < 0xDC00 || escaped > 0xDFFF) {
                        throw malformed(bytes, end, i, "a low surrogate escape after a high one in a property name");
                    }
                    out[length++] = (char) c;
                    c = escaped;
                    utf8 += 2;
                } else {
                    utf8 += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                }
                out[length++] = (char) c;
                continue;
            }
            if (c < 0x20) {
                throw control(i - 1);
            }
            int more = c < 0xF0 ? 2 : 3; // two-byte characters were taken above
            c &= more == 2 ? 0x0F : 0x07;
            for (int k = 0; k < more; k++) {
                c = (c << 6) | (in[i++] & 0x3F);
            }
            utf8 += more + 1;
            if (more == 3) {
                c -= 0x10000;
                out[length++] = (char) (0xD800 | (c >> 10));
                c = 0xDC00 | (c & 0x3FF);
            }
            out[length++] = (char) c;
        }
        position = i;
        nameBytes = utf8;
        return new String(out, 0, length);
    }

    /** Reads the escape after a backslash at {@code i} into {@link #escaped}; returns where it ends. */
    private int escape(int i) {
        if (i >= end) {
            throw malformed(bytes, end, i, "an escaped character after '\\'");
        }
        int c = bytes[i++];
        escaped = switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                int value = 0;
                for (int k = 0; k < 4; k++, i++) {
                    int digit = i < end ? Character.digit(bytes[i], 16) : -1;
                    if (digit < 0) {
                        throw malformed(bytes, end, i, "a hex digit in a \\u escape");
                    }
                    value = (value << 4) | digit;
                }
                yield value;
            }
            default -> throw malformed(bytes, end, i - 1, "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u");
        };
        return i;
    }

    /** The reused buffer, holding at least {@code capacity} chars and what was decoded so far. */
    private char[] charsFor(int capacity) {
        if (chars == null || chars.length < capacity) {
            chars = chars == null ? new char[Math.max(256, capacity)] : Arrays.copyOf(chars, Math.max(256, capacity));
        }
        return chars;
    }

    private RequestCodec.MalformedJson control(int at) {
        return malformed(bytes, end, at, "a control character to be escaped inside a string");
    }

    /** "unexpected character 'x' at column 5: expected ...", the column counted in bytes from 1. */
    static RequestCodec.MalformedJson malformed(byte[] bytes, int end, int at, String expected) {
        String found;
        if (at >= end) {
            found = "unexpected end of line";
        } else {
            int c = bytes[at] & 0xFF;
            found = c > 0x20 && c < 0x7F ? "unexpected character '" + (char) c + "'" : "unexpected byte 0x" + hex(c);
        }
        return new RequestCodec.MalformedJson(found + " at column " + (at + 1) + ": expected " + expected);
    }

    private static String hex(int value) {
        return Integer.toHexString(value).toUpperCase(Locale.ROOT);
    }
}
