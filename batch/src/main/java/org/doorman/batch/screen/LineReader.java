package org.doorman.batch.screen;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an input stream line by line as bytes (decoding is left to the JSON parser, which refuses bytes that are
 * not UTF-8). A line longer than {@link #MAX_LINE} bytes is skipped to its end and marked refused, so a runaway line
 * cannot exhaust memory.
 */
final class LineReader {

    static final int MAX_LINE = 8 << 20;

    record Line(byte[] bytes, boolean blank, String refusal) {}

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1 << 12];

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its line break, or null at the end of the input. */
    Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int chunk = position - start;
            if (!tooLong) {
                if (length + chunk > MAX_LINE) {
                    tooLong = true;
                } else {
                    if (length + chunk > line.length) {
                        line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
                    }
                    System.arraycopy(buffer, start, line, length, chunk);
                    length += chunk;
                }
            }
            if (position < limit) {
                position++; // the '\n'
                break;
            }
        }
        if (tooLong) {
            return new Line(new byte[0], false, "line longer than " + (MAX_LINE >> 20) + " MB");
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        var bytes = Arrays.copyOf(line, length);
        if (line.length > (1 << 16)) {
            line = new byte[1 << 12];
        }
        return new Line(bytes, isBlank(bytes), null);
    }

    private static boolean isBlank(byte[] bytes) {
        for (var b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
