package org.doorman.batch.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorman.core.screening.Language;
import org.doorman.core.screening.Profile;
import org.doorman.core.screening.RequestContext;
import org.doorman.core.screening.ScreeningInput;
import org.doorman.core.screening.SenderStats;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The Jackson-based reader that {@link RequestReader} replaced, kept as the reference it is compared with. Reads one request of the batch contract straight from the JSON tokens into a {@link ScreeningInput}, without a
 * tree: the CLI reads millions of them. Unknown fields are skipped; a field of the wrong type is refused with an
 * {@link InvalidRequest} that carries the id when it was read before.
 */
final class JacksonRequestReader {

    private final JsonParser parser;
    private Object id;

    private JacksonRequestReader(JsonParser parser) {
        this.parser = parser;
    }

    static RequestCodec.Request read(JsonParser parser) {
        return new JacksonRequestReader(parser).request();
    }

    private RequestCodec.Request request() {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new RequestReader.InvalidRequest(null, "a request is a JSON object");
        }
        String message = "";
        String language = "";
        Profile recipient = null;
        Profile sender = null;
        SenderStats stats = null;
        RequestContext context = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            var name = parser.currentName();
            var token = parser.nextToken();
            switch (name) {
                case "id" -> id = id(token);
                case "message" -> message = string(null, "message");
                case "language" -> language = string(null, "language");
                case "recipient" -> recipient = isNull() ? null : profile("recipient", null);
                case "sender" -> {
                    if (!isNull()) {
                        var holder = new SenderStats[1];
                        sender = profile("sender", holder);
                        stats = holder[0];
                    }
                }
                case "context" -> context = isNull() ? null : context();
                default -> parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            throw new RequestReader.InvalidRequest(id, "unexpected content after the request");
        }
        try {
            var input = new ScreeningInput(message, language(language), recipient, sender, stats, context);
            return new RequestCodec.Request(id, input);
        } catch (IllegalArgumentException e) {
            throw new RequestReader.InvalidRequest(id, e.getMessage());
        }
    }

    private static final Optional<Language> GERMAN = Optional.of(Language.DE);
    private static final Optional<Language> ENGLISH = Optional.of(Language.EN);

    /** The two codes nearly every request gives are read without copying them to lower case first. */
    private static Optional<Language> language(String code) {
        return switch (code) {
            case "de" -> GERMAN;
            case "en" -> ENGLISH;
            default -> code.isBlank() ? Optional.empty() : Language.fromCode(code);
        };
    }

    private Object id(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new RequestCodec.NumericId(parser.getText());
            case VALUE_NULL -> null;
            default -> {
                parser.skipChildren();
                throw new RequestReader.InvalidRequest(null, "field 'id' must be a string or a number");
            }
        };
    }

    private boolean isNull() {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    private Profile profile(String where, SenderStats[] stats) {
        expectObject(where);
        String name = null;
        String headline = null;
        String company = null;
        List<String> offers = null;
        List<String> seeks = null;
        List<String> interests = null;
        List<String> groups = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            var field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "name" -> name = string(where, "name");
                case "headline" -> headline = string(where, "headline");
                case "about" -> parser.skipChildren(); // screening does not read it; skipping spares decoding it
                case "company" -> company = string(where, "company");
                case "offers" -> offers = strings(where, "offers");
                case "seeks" -> seeks = strings(where, "seeks");
                case "interests" -> interests = strings(where, "interests");
                case "groups" -> groups = strings(where, "groups");
                case "stats" -> {
                    if (stats != null && !isNull()) {
                        stats[0] = stats();
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return new Profile(name, headline, null, offers, seeks, interests, groups, company);
    }

    private SenderStats stats() {
        var where = "sender.stats";
        expectObject(where);
        int requests = 0;
        double identical = 0;
        int received = 0;
        int answered = 0;
        double acceptance = 0;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            var field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "requestsLast7Days" -> requests = integer(where, "requestsLast7Days");
                case "identicalTextRatio" -> identical = number(where, "identicalTextRatio");
                case "questionsReceived" -> received = integer(where, "questionsReceived");
                case "questionsAnswered" -> answered = integer(where, "questionsAnswered");
                case "acceptanceRate" -> acceptance = number(where, "acceptanceRate");
                default -> parser.skipChildren();
            }
        }
        try {
            return new SenderStats(requests, identical, received, answered, acceptance);
        } catch (IllegalArgumentException e) {
            throw new RequestReader.InvalidRequest(id, where + ": " + e.getMessage());
        }
    }

    private RequestContext context() {
        var where = "context";
        expectObject(where);
        int met = 0;
        boolean conversation = false;
        boolean addressBook = false;
        int mutual = 0;
        List<String> shared = null;
        boolean visited = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            var field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "metInPerson" -> met = integer(where, "metInPerson");
                case "priorConversation" -> conversation = bool(where, "priorConversation");
                case "inAddressBook" -> addressBook = bool(where, "inAddressBook");
                case "mutualContacts" -> mutual = integer(where, "mutualContacts");
                case "sharedGroups" -> shared = strings(where, "sharedGroups");
                case "visitedProfileBeforeRequest" -> visited = bool(where, "visitedProfileBeforeRequest");
                default -> parser.skipChildren();
            }
        }
        try {
            return new RequestContext(met, conversation, addressBook, mutual, shared, visited);
        } catch (IllegalArgumentException e) {
            throw new RequestReader.InvalidRequest(id, where + ": " + e.getMessage());
        }
    }

    private void expectObject(String where) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            throw wrongType(null, where, "an object");
        }
    }

    private String string(String where, String field) {
        var token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return "";
        }
        if (token != JsonToken.VALUE_STRING) {
            parser.skipChildren();
            throw wrongType(where, field, "a string");
        }
        return parser.getString();
    }

    private List<String> strings(String where, String field) {
        var token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (token != JsonToken.START_ARRAY) {
            parser.skipChildren();
            throw wrongType(where, field, "a list of strings");
        }
        var list = new ArrayList<String>(4);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw wrongType(where, field, "a list of strings");
            }
            list.add(parser.getString());
        }
        return list;
    }

    private int integer(String where, String field) {
        var token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            return parser.getIntValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            double value = parser.getDoubleValue();
            if (value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) {
                return (int) value;
            }
        }
        parser.skipChildren();
        throw wrongType(where, field, "a whole number");
    }

    private double number(String where, String field) {
        var token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            parser.skipChildren();
            throw wrongType(where, field, "a number");
        }
        return parser.getDoubleValue();
    }

    private boolean bool(String where, String field) {
        var token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            parser.skipChildren();
            throw wrongType(where, field, "true or false");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /** {@code where} is the object that holds the field, or null at the top; names are joined only when refusing. */
    private RequestReader.InvalidRequest wrongType(String where, String field, String expected) {
        var path = where == null ? field : where + "." + field;
        return new RequestReader.InvalidRequest(
                id, String.format(Locale.ROOT, "field '%s' must be %s", path, expected));
    }
}
