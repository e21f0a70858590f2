package org.doorman.batch.requests;

import java.nio.charset.StandardCharsets;

/**
 * Jackson guesses the encoding of a byte source from its first bytes (RFC 4627): a zero byte among the first two
 * makes it UTF-16 or UTF-32, a byte order mark is skipped. A batch line is UTF-8, but for the same answers to broken
 * lines the guess is made the same way here, and text that is not UTF-8 is converted to it before reading.
 */
final class JsonEncoding {

    private JsonEncoding() {}

    /** The line as UTF-8 without a byte order mark: {@code bytes} itself when it is UTF-8 without one. */
    static byte[] utf8(byte[] bytes, int length) {
        if (length >= 4) {
            int quad = (bytes[0] << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
            // Jackson's order: byte order marks first, UCS-4 in an unusual order refused, then the zero bytes
            if (quad == 0x0000FFFE || quad == 0xFEFF0000) {
                throw JsonStrings.malformed(bytes, length, 0, "UTF-8 (not UCS-4 in an unusual byte order)");
            }
            if ((quad >>> 8) == 0xEFBBBF) {
                return java.util.Arrays.copyOfRange(bytes, 3, length);
            }
            if (quad == 0x0000FEFF || (quad >>> 8) == 0) {
                return utf32(bytes, quad == 0x0000FEFF ? 4 : 0, length, true);
            }
            if (quad == 0xFFFE0000 || (quad & 0x00FFFFFF) == 0) {
                return utf32(bytes, quad == 0xFFFE0000 ? 4 : 0, length, false);
            }
            if ((quad & ~0x00FF0000) == 0 || (quad & ~0x0000FF00) == 0) {
                throw JsonStrings.malformed(bytes, length, 0, "UTF-8 (not UCS-4 in an unusual byte order)");
            }
        }
        if (length >= 2) {
            int pair = ((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF);
            boolean bom = length >= 4 && (pair == 0xFEFF || pair == 0xFFFE);
            if (bom || (pair & 0xFF00) == 0 || (pair & 0x00FF) == 0) {
                boolean bigEndian = bom ? pair == 0xFEFF : (pair & 0xFF00) == 0;
                int from = bom ? 2 : 0;
                var text = new String(
                        bytes, from, length - from, bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
                return text.getBytes(StandardCharsets.UTF_8);
            }
        }
        return bytes;
    }

    /**
     * Where the first byte stands that begins no UTF-8 character as RFC 3629 defines it, or -1: Jackson lets overlong
     * forms, encoded surrogates and code points above U+10FFFF pass, the contract refuses bytes that are not UTF-8.
     * Plain ASCII costs one comparison a byte.
     */
    static int firstNotUtf8(byte[] bytes, int end) {
        int i = 0;
        while (i < end) {
            int lead = bytes[i];
            if (lead >= 0) {
                i++;
                continue;
            }
            lead &= 0xFF;
            int more;
            int low = 0x80; // the range the second byte must be in: narrower after E0, ED, F0 and F4
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                more = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                more = 2;
                low = lead == 0xE0 ? 0xA0 : 0x80;
                high = lead == 0xED ? 0x9F : 0xBF;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                more = 3;
                low = lead == 0xF0 ? 0x90 : 0x80;
                high = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                return i;
            }
            if (i + more >= end) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) {
                return i;
            }
            for (int k = 2; k <= more; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += more + 1;
        }
        return -1;
    }

    private static byte[] utf32(byte[] bytes, int from, int length, boolean bigEndian) {
        var text = new StringBuilder();
        for (int i = from; i < length; i += 4) {
            if (i + 4 > length) {
                throw JsonStrings.malformed(bytes, length, i, "four bytes for each UTF-32 character");
            }
            int c = bigEndian
                    ? (bytes[i] << 24)
                            | ((bytes[i + 1] & 0xFF) << 16)
                            | ((bytes[i + 2] & 0xFF) << 8)
                            | (bytes[i + 3] & 0xFF)
                    : (bytes[i + 3] << 24)
                            | ((bytes[i + 2] & 0xFF) << 16)
                            | ((bytes[i + 1] & 0xFF) << 8)
                            | (bytes[i] & 0xFF);
            if (c < 0 || c > Character.MAX_CODE_POINT) {
                throw JsonStrings.malformed(bytes, length, i, "a UTF-32 character up to U+10FFFF");
            }
            text.appendCodePoint(c);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
