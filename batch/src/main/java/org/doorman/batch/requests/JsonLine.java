package org.doorman.batch.requests;

/**
 * A pull reader for one JSON text (RFC 8259) given as UTF-8 bytes: the batch contract's line. It accepts and refuses
 * what Jackson's streaming parser does with its default settings, and like it works lazily: a string is only checked
 * when it is read or stepped over, a malformed rest of the line is only found when reached. Jackson's generic code
 * costs several times more while the JIT keeps to its quick compiler; this one is written for that.
 */
final class JsonLine {

    enum Token {
        OBJECT,
        END_OBJECT,
        ARRAY,
        END_ARRAY,
        NAME,
        STRING,
        INTEGER,
        DECIMAL,
        TRUE,
        FALSE,
        NULL
    }

    /** Jackson's default limits (StreamReadConstraints), so that the same lines are refused. */
    static final int MAX_DEPTH = 500;

    static final int MAX_NAME_BYTES = 50_000;

    private static final byte OBJECT = 1;
    private static final byte ARRAY = 2;

    private final JsonStrings strings;
    private final byte[] bytes;
    private final int end;
    private int position;
    private byte[] scopes = new byte[16];
    private int depth;
    private boolean afterValue;
    private Token current;
    private Token valueAfterName;

    private int nameStart;
    private int nameStop;
    private String nameText;

    private final JsonNumber number;
    private int start;
    private String text;
    private boolean pending;

    /**
     * A reader of the first {@code length} bytes; a byte order mark or text in UTF-16 or UTF-32 as Jackson takes it.
     * {@code strings} is lent for the line: a screening thread keeps one, with its buffer, for the whole run, while
     * the reader itself is made anew, since storing into an object that has grown old costs the garbage collector.
     */
    JsonLine(byte[] line, int length, JsonStrings strings) {
        var utf8 = JsonEncoding.utf8(line, length);
        this.bytes = utf8;
        this.end = utf8 == line ? length : utf8.length;
        int notUtf8 = JsonEncoding.firstNotUtf8(bytes, end);
        if (notUtf8 >= 0) {
            throw JsonStrings.malformed(
                    bytes, end, notUtf8, "UTF-8 (no overlong forms, surrogates or code points above U+10FFFF)");
        }
        this.strings = strings;
        this.number = new JsonNumber(bytes, end);
        strings.reset(bytes, end);
    }

    static JsonLine of(byte[] bytes, int length) {
        return new JsonLine(bytes, length, new JsonStrings());
    }

    Token current() {
        return current;
    }

    /** The next token, or null at the end of the line. */
    Token next() {
        if (current == Token.NAME) {
            return current = enter(valueAfterName);
        }
        if (pending) {
            position = strings.skip(start);
            pending = false;
        }
        int c = skipSpace();
        if (c < 0) {
            if (depth > 0) {
                throw malformed(
                        position, scopes[depth - 1] == OBJECT ? "'}' to close the object" : "']' to close the array");
            }
            return current = null;
        }
        if (c == '}' || c == ']') {
            return current = close(c);
        }
        if (depth > 0 && afterValue) {
            if (c != ',') {
                throw malformed(position - 1, scopes[depth - 1] == OBJECT ? "',' or '}'" : "',' or ']'");
            }
            c = skipSpace();
        }
        afterValue = true;
        if (depth > 0 && scopes[depth - 1] == OBJECT) {
            name(c);
            c = skipSpace();
            if (c != ':') {
                throw malformed(c < 0 ? position : position - 1, "':' after the property name");
            }
            valueAfterName = value(skipSpace());
            return current = Token.NAME;
        }
        return current = enter(value(c));
    }

    /** Steps over the value that starts at the current token: an object or array to its end, otherwise nothing. */
    void skipChildren() {
        if (current != Token.OBJECT && current != Token.ARRAY) {
            return;
        }
        int open = 1;
        while (open > 0) {
            var token = next();
            if (token == Token.OBJECT || token == Token.ARRAY) {
                open++;
            } else if (token == Token.END_OBJECT || token == Token.END_ARRAY) {
                open--;
            }
        }
    }

    /** Which of the {@code known} names the current property name is. */
    <E extends Enum<E>> E name(JsonNames<E> known) {
        return nameText != null ? known.find(nameText) : known.find(bytes, nameStart, nameStop);
    }

    /** The current string value, decoded once. */
    String string() {
        if (pending) {
            pending = false;
            text = strings.decode(start);
            position = strings.end();
        }
        return text;
    }

    /** The current number as written. */
    String numberText() {
        return number.text();
    }

    /** Whether the current integer fits an int. */
    boolean isInt() {
        return number.isInt();
    }

    int intValue() {
        return number.intValue();
    }

    /** The current number as the nearest double; an integer's zero has no sign, as Jackson reads it. */
    double doubleValue() {
        return number.doubleValue();
    }

    private Token enter(Token token) {
        if (token == Token.OBJECT || token == Token.ARRAY) {
            if (depth == MAX_DEPTH) {
                throw malformed(position - 1, "at most " + MAX_DEPTH + " nested arrays and objects");
            }
            if (depth == scopes.length) {
                scopes = java.util.Arrays.copyOf(scopes, depth * 2);
            }
            scopes[depth++] = token == Token.OBJECT ? OBJECT : ARRAY;
            afterValue = false;
        }
        return token;
    }

    private Token close(int c) {
        byte scope = c == '}' ? OBJECT : ARRAY;
        if (depth == 0 || scopes[depth - 1] != scope) {
            throw malformed(position - 1, depth == 0 ? "a value" : scopes[depth - 1] == OBJECT ? "'}'" : "']'");
        }
        depth--;
        afterValue = true;
        return scope == OBJECT ? Token.END_OBJECT : Token.END_ARRAY;
    }

    /** Skips white space; the next byte, consumed, or -1 at the end. */
    private int skipSpace() {
        while (position < end) {
            int c = bytes[position++] & 0xFF;
            if (c > ' ') {
                return c;
            }
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                throw malformed(position - 1, "white space between tokens (space, tab, CR, LF)");
            }
        }
        return -1;
    }

    private void name(int c) {
        if (c != '"') {
            throw malformed(c < 0 ? position : position - 1, "a property name in double quotes");
        }
        nameText = null;
        nameStart = position;
        byte[] in = bytes;
        int limit = end;
        int i = position;
        while (i < limit) {
            byte b = in[i];
            if (b == '"') {
                nameStop = i;
                position = i + 1;
                if (nameStop - nameStart > MAX_NAME_BYTES) {
                    throw malformed(nameStart, "a property name of at most " + MAX_NAME_BYTES + " bytes");
                }
                return;
            }
            if (b < 0x20 || b == '\\') { // bytes above 0x7F are negative
                break;
            }
            i++;
        }
        nameText = strings.decodeName(nameStart);
        position = strings.end();
        if (strings.nameBytes() > MAX_NAME_BYTES) {
            throw malformed(nameStart, "a property name of at most " + MAX_NAME_BYTES + " bytes");
        }
    }

    private Token value(int c) {
        switch (c) {
            case '"' -> {
                start = position;
                text = null;
                pending = true;
                return Token.STRING;
            }
            case '{' -> {
                return Token.OBJECT;
            }
            case '[' -> {
                return Token.ARRAY;
            }
            case 't' -> {
                return literal("true", Token.TRUE);
            }
            case 'f' -> {
                return literal("false", Token.FALSE);
            }
            case 'n' -> {
                return literal("null", Token.NULL);
            }
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    position = number.read(position - 1, depth == 0);
                    return number.isDecimal() ? Token.DECIMAL : Token.INTEGER;
                }
                throw malformed(c < 0 ? position : position - 1, "a value");
            }
        }
    }

    private Token literal(String word, Token token) {
        int at = position - 1;
        for (int i = 1; i < word.length(); i++, position++) {
            if (position >= end || bytes[position] != word.charAt(i)) {
                throw malformed(at, "a value ('" + word + "' misspelt?)");
            }
        }
        if (position < end) {
            int c = bytes[position] & 0xFF;
            // Jackson refuses a word glued to a letter, digit, '_', '$' or any byte above 0x7F
            if (c >= '0' && c != ']' && c != '}' && (c >= 0x80 || Character.isJavaIdentifierPart((char) c))) {
                throw malformed(position, "a delimiter after '" + word + "'");
            }
        }
        return token;
    }

    private RequestCodec.MalformedJson malformed(int at, String expected) {
        return JsonStrings.malformed(bytes, end, at, expected);
    }
}
