package org.doorman.app.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorman.core.screening.Language;
import org.doorman.core.screening.Profile;
import org.doorman.core.screening.RequestContext;
import org.doorman.core.screening.ScreeningInput;
import org.doorman.core.screening.SenderStats;
import tools.jackson.databind.JsonNode;

/**
 * The JSON shapes of the screening contract: a request ({@code message}, {@code language}, {@code recipient},
 * {@code sender}, {@code context}) read into a {@link ScreeningInput}. Fields not given are unknown;
 * a field of the wrong type is refused with an {@link IllegalArgumentException} that names it.
 */
public final class ScreeningJson {

    private ScreeningJson() {}

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
     * Reads one request from a line of UTF-8 JSON, streaming. A line that is not JSON is refused with a
     * {@link MalformedJson}; a field of the wrong type with an {@link IllegalArgumentException} whose message names
     * it, and {@link #idOf(IllegalArgumentException)} gives the id when it was read before the problem.
     */
    public static Request read(byte[] line, int length) {
        return RequestReader.read(new JsonLine(line, length, STRINGS.get()));
    }

    /** Each screening thread keeps its buffer for decoding strings for the whole run. */
    private static final ThreadLocal<JsonStrings> STRINGS = ThreadLocal.withInitial(JsonStrings::new);

    /** The id of a refused request, when it was read before the problem; otherwise null. */
    public static Object idOf(IllegalArgumentException refusal) {
        return refusal instanceof RequestReader.InvalidRequest invalid ? invalid.id() : null;
    }

    public static ScreeningInput input(JsonNode request) {
        if (request == null || !request.isObject()) {
            throw new IllegalArgumentException("a request is a JSON object");
        }
        var message = string(request, "message");
        var language = string(request, "language");
        var sender = object(request, "sender", "sender");
        return new ScreeningInput(
                message,
                language.isBlank() ? Optional.empty() : Language.fromCode(language),
                profile(object(request, "recipient", "recipient"), "recipient"),
                profile(sender, "sender"),
                stats(object(sender, "stats", "sender.stats")),
                context(object(request, "context", "context")));
    }

    /** The id of a request as given (a string or a number), or null when it has none or cannot be read. */
    public static JsonNode id(JsonNode request) {
        if (request == null || !request.isObject()) {
            return null;
        }
        var id = request.get("id");
        return id != null && (id.isString() || id.isNumber()) ? id : null;
    }

    private static Profile profile(JsonNode node, String where) {
        if (node == null) {
            return Profile.unknown();
        }
        return new Profile(
                string(node, "name", where),
                string(node, "headline", where),
                string(node, "about", where),
                strings(node, "offers", where),
                strings(node, "seeks", where),
                strings(node, "interests", where),
                strings(node, "groups", where),
                string(node, "company", where));
    }

    private static SenderStats stats(JsonNode node) {
        if (node == null) {
            return SenderStats.none();
        }
        var where = "sender.stats";
        try {
            return new SenderStats(
                    integer(node, "requestsLast7Days", where),
                    number(node, "identicalTextRatio", where),
                    integer(node, "questionsReceived", where),
                    integer(node, "questionsAnswered", where),
                    number(node, "acceptanceRate", where));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static RequestContext context(JsonNode node) {
        if (node == null) {
            return RequestContext.none();
        }
        var where = "context";
        try {
            return new RequestContext(
                    integer(node, "metInPerson", where),
                    bool(node, "priorConversation", where),
                    bool(node, "inAddressBook", where),
                    integer(node, "mutualContacts", where),
                    strings(node, "sharedGroups", where),
                    bool(node, "visitedProfileBeforeRequest", where));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode field(JsonNode node, String name) {
        var value = node == null ? null : node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static JsonNode object(JsonNode node, String name, String where) {
        var value = field(node, name);
        if (value != null && !value.isObject()) {
            throw wrongType(where, "an object");
        }
        return value;
    }

    private static String string(JsonNode node, String name) {
        return string(node, name, null);
    }

    private static String string(JsonNode node, String name, String where) {
        var value = field(node, name);
        if (value == null) {
            return "";
        }
        if (!value.isString()) {
            throw wrongType(path(where, name), "a string");
        }
        return value.asString();
    }

    private static List<String> strings(JsonNode node, String name, String where) {
        var value = field(node, name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(path(where, name), "a list of strings");
        }
        var list = new ArrayList<String>(value.size());
        for (var element : value) {
            if (!element.isString()) {
                throw wrongType(path(where, name), "a list of strings");
            }
            list.add(element.asString());
        }
        return list;
    }

    private static int integer(JsonNode node, String name, String where) {
        var value = field(node, name);
        if (value == null) {
            return 0;
        }
        if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToInt()) {
            throw wrongType(path(where, name), "a whole number");
        }
        return value.asInt();
    }

    private static double number(JsonNode node, String name, String where) {
        var value = field(node, name);
        if (value == null) {
            return 0;
        }
        if (!value.isNumber()) {
            throw wrongType(path(where, name), "a number");
        }
        return value.asDouble();
    }

    private static boolean bool(JsonNode node, String name, String where) {
        var value = field(node, name);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw wrongType(path(where, name), "true or false");
        }
        return value.asBoolean();
    }

    private static String path(String where, String name) {
        return where == null ? name : where + "." + name;
    }

    private static IllegalArgumentException wrongType(String field, String expected) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "field '%s' must be %s", field, expected));
    }
}
