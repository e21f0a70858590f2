package org.doorman.batch.requests;

import java.nio.charset.StandardCharsets;
import org.doorman.core.screening.ScreeningInput;

/**
 * The one reader of the batch contract's request line ({@code id}, {@code message}, {@code language},
 * {@code recipient}, {@code sender}, {@code context}), used by {@code screen}, {@code eval} and the tests. Fields not
 * given are unknown and other fields are skipped; a field of the wrong type is refused with a message that names it.
 */
public final class RequestCodec {

    private RequestCodec() {}

    /** A request read from JSON: its id as given (a string, a {@link NumericId} or null) and what to screen. */
    public record Request(Object id, ScreeningInput input) {}

    /** A numeric id, kept as written so that it goes back out unchanged. */
    public record NumericId(String text) {}

    /** A line that is not one JSON text; the message says what was expected at which byte column. */
    public static final class MalformedJson extends RuntimeException {
        MalformedJson(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads one request from a line of UTF-8 JSON. A line that is not JSON (or not UTF-8) is refused with a
     * {@link MalformedJson}; a field of the wrong type with an {@link IllegalArgumentException} whose message names
     * it, and {@link #idOf(IllegalArgumentException)} gives the id when it was read before the problem.
     */
    public static Request read(byte[] line, int length) {
        return RequestReader.read(new JsonLine(line, length, STRINGS.get()));
    }

    /** Reads one request from a line of text, as {@link #read(byte[], int)} does. */
    public static Request read(String line) {
        var bytes = line.getBytes(StandardCharsets.UTF_8);
        return read(bytes, bytes.length);
    }

    /** Each screening thread keeps its buffer for decoding strings for the whole run. */
    private static final ThreadLocal<JsonStrings> STRINGS = ThreadLocal.withInitial(JsonStrings::new);

    /** The id of a refused request, when it was read before the problem; otherwise null. */
    public static Object idOf(IllegalArgumentException refusal) {
        return refusal instanceof RequestReader.InvalidRequest invalid ? invalid.id() : null;
    }
}
