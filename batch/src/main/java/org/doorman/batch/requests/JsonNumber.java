package org.doorman.batch.requests;

import java.nio.charset.StandardCharsets;

/** A number in a {@link JsonLine}: checked as Jackson checks it, kept as written, read as an int or a double. */
final class JsonNumber {

    /** Jackson's default limit (StreamReadConstraints) on the digits of a number, the exponent's included. */
    static final int MAX_DIGITS = 1000;

    private final byte[] bytes;
    private final int end;
    private int start;
    private int stop;
    private int integerDigits;
    private boolean decimal;

    JsonNumber(byte[] bytes, int end) {
        this.bytes = bytes;
        this.end = end;
    }

    /**
     * Reads the number that starts at {@code from} and returns where it ends. Outside any object or array, as
     * Jackson wants it there, white space must follow.
     */
    int read(int from, boolean atTop) {
        start = from;
        int position = from + 1;
        int c = bytes[from];
        if (c == '-') {
            if (position >= end || !isDigit(bytes[position])) {
                throw malformed(position < end ? position : start, "a digit after '-'");
            }
            c = bytes[position++];
        }
        if (c == '0' && position < end && isDigit(bytes[position])) {
            throw malformed(position, "no leading zero in a number");
        }
        int digitsFrom = position - 1;
        position = digits(position);
        integerDigits = position - digitsFrom;
        if (integerDigits > MAX_DIGITS) {
            throw malformed(start, "a number of at most " + MAX_DIGITS + " digits");
        }
        decimal = false;
        int moreDigits = 0;
        if (position < end && bytes[position] == '.') {
            int fraction = ++position;
            position = digits(fraction);
            if (position == fraction) {
                throw malformed(position, "a digit after the decimal point");
            }
            moreDigits += position - fraction;
            decimal = true;
        }
        if (position < end && (bytes[position] == 'e' || bytes[position] == 'E')) {
            position++;
            if (position < end && (bytes[position] == '+' || bytes[position] == '-')) {
                position++;
            }
            int exponent = position;
            position = digits(exponent);
            if (position == exponent) {
                throw malformed(position, "a digit in the exponent");
            }
            moreDigits += position - exponent;
            decimal = true;
        }
        if (integerDigits + moreDigits > MAX_DIGITS) {
            throw malformed(start, "a number of at most " + MAX_DIGITS + " digits");
        }
        stop = position;
        if (atTop && position < end) {
            int after = bytes[position];
            if (after != ' ' && after != '\t' && after != '\r' && after != '\n') {
                throw malformed(position, "white space after a number outside any object or array");
            }
        }
        return position;
    }

    boolean isDecimal() {
        return decimal;
    }

    String text() {
        return new String(bytes, start, stop - start, StandardCharsets.ISO_8859_1);
    }

    boolean isInt() {
        if (decimal || integerDigits > 10) {
            return false;
        }
        if (integerDigits < 10) {
            return true;
        }
        long value = longValue();
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    }

    int intValue() {
        return (int) longValue();
    }

    /** The nearest double; an integer's zero has no sign, as Jackson reads it. */
    double doubleValue() {
        if (!decimal && integerDigits <= 18) {
            return longValue();
        }
        return Double.parseDouble(text());
    }

    private long longValue() {
        int i = start;
        boolean negative = bytes[i] == '-';
        if (negative) {
            i++;
        }
        long value = 0;
        for (; i < stop; i++) {
            value = value * 10 + (bytes[i] - '0');
        }
        return negative ? -value : value;
    }

    private int digits(int from) {
        int i = from;
        while (i < end && isDigit(bytes[i])) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private RequestCodec.MalformedJson malformed(int at, String expected) {
        return JsonStrings.malformed(bytes, end, at, expected);
    }
}
