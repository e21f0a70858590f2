package org.doorman.batch.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorman.batch.requests.JsonLine.Token;
import org.doorman.core.screening.Language;
import org.doorman.core.screening.Profile;
import org.doorman.core.screening.RequestContext;
import org.doorman.core.screening.ScreeningInput;
import org.doorman.core.screening.SenderStats;

/**
 * Reads one request of the batch contract straight from the tokens of a {@link JsonLine} into a {@link ScreeningInput}, without a
 * tree: the CLI reads millions of them. Unknown fields are skipped; a field of the wrong type is refused with an
 * {@link InvalidRequest} that carries the id when it was read before.
 */
final class RequestReader {

    private static final JsonNames<RequestFields.Request> REQUEST =
            JsonNames.of(RequestFields.Request.values(), f -> f.json);
    private static final JsonNames<RequestFields.Profile> PROFILE =
            JsonNames.of(RequestFields.Profile.values(), f -> f.json);
    private static final JsonNames<RequestFields.Stats> STATS = JsonNames.of(RequestFields.Stats.values(), f -> f.json);
    private static final JsonNames<RequestFields.Context> CONTEXT =
            JsonNames.of(RequestFields.Context.values(), f -> f.json);

    private final JsonLine parser;
    private Object id;

    private RequestReader(JsonLine parser) {
        this.parser = parser;
    }

    /** A request that cannot be screened: the reason, and its id when known. */
    static final class InvalidRequest extends IllegalArgumentException {
        private final transient Object id;

        InvalidRequest(Object id, String reason) {
            super(reason);
            this.id = id;
        }

        Object id() {
            return id;
        }
    }

    static RequestCodec.Request read(JsonLine parser) {
        return new RequestReader(parser).request();
    }

    private RequestCodec.Request request() {
        if (parser.next() != Token.OBJECT) {
            throw new InvalidRequest(null, "a request is a JSON object");
        }
        String message = "";
        String language = "";
        Profile recipient = null;
        Profile sender = null;
        SenderStats stats = null;
        RequestContext context = null;
        while (parser.next() == Token.NAME) {
            var field = parser.name(REQUEST);
            var token = parser.next();
            switch (field) {
                case ID -> id = id(token);
                case MESSAGE -> message = string(null, field.json);
                case LANGUAGE -> language = string(null, field.json);
                case RECIPIENT -> recipient = isNull() ? null : profile("recipient", null);
                case SENDER -> {
                    if (!isNull()) {
                        var holder = new SenderStats[1];
                        sender = profile("sender", holder);
                        stats = holder[0];
                    }
                }
                case CONTEXT -> context = isNull() ? null : context();
                case OTHER -> parser.skipChildren();
            }
        }
        if (parser.next() != null) {
            throw new InvalidRequest(id, "unexpected content after the request");
        }
        try {
            var input = new ScreeningInput(message, language(language), recipient, sender, stats, context);
            return new RequestCodec.Request(id, input);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(id, e.getMessage());
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

    private Object id(Token token) {
        return switch (token) {
            case STRING -> parser.string();
            case INTEGER, DECIMAL -> new RequestCodec.NumericId(parser.numberText());
            case NULL -> null;
            default -> {
                parser.skipChildren();
                throw new InvalidRequest(null, "field 'id' must be a string or a number");
            }
        };
    }

    private boolean isNull() {
        return parser.current() == Token.NULL;
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
        while (parser.next() == Token.NAME) {
            var field = parser.name(PROFILE);
            parser.next();
            switch (field) {
                case NAME -> name = string(where, field.json);
                case HEADLINE -> headline = string(where, field.json);
                case ABOUT -> parser.skipChildren(); // screening does not read it; skipping spares decoding it
                case COMPANY -> company = string(where, field.json);
                case OFFERS -> offers = strings(where, field.json);
                case SEEKS -> seeks = strings(where, field.json);
                case INTERESTS -> interests = strings(where, field.json);
                case GROUPS -> groups = strings(where, field.json);
                case STATS -> {
                    if (stats != null && !isNull()) {
                        stats[0] = stats();
                    } else {
                        parser.skipChildren();
                    }
                }
                case OTHER -> parser.skipChildren();
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
        while (parser.next() == Token.NAME) {
            var field = parser.name(STATS);
            parser.next();
            switch (field) {
                case REQUESTS_LAST_7_DAYS -> requests = integer(where, field.json);
                case IDENTICAL_TEXT_RATIO -> identical = number(where, field.json);
                case QUESTIONS_RECEIVED -> received = integer(where, field.json);
                case QUESTIONS_ANSWERED -> answered = integer(where, field.json);
                case ACCEPTANCE_RATE -> acceptance = number(where, field.json);
                case OTHER -> parser.skipChildren();
            }
        }
        try {
            return new SenderStats(requests, identical, received, answered, acceptance);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(id, where + ": " + e.getMessage());
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
        while (parser.next() == Token.NAME) {
            var field = parser.name(CONTEXT);
            parser.next();
            switch (field) {
                case MET_IN_PERSON -> met = integer(where, field.json);
                case PRIOR_CONVERSATION -> conversation = bool(where, field.json);
                case IN_ADDRESS_BOOK -> addressBook = bool(where, field.json);
                case MUTUAL_CONTACTS -> mutual = integer(where, field.json);
                case SHARED_GROUPS -> shared = strings(where, field.json);
                case VISITED_PROFILE_BEFORE_REQUEST -> visited = bool(where, field.json);
                case OTHER -> parser.skipChildren();
            }
        }
        try {
            return new RequestContext(met, conversation, addressBook, mutual, shared, visited);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(id, where + ": " + e.getMessage());
        }
    }

    private void expectObject(String where) {
        if (parser.current() != Token.OBJECT) {
            parser.skipChildren();
            throw wrongType(null, where, "an object");
        }
    }

    private String string(String where, String field) {
        var token = parser.current();
        if (token == Token.NULL) {
            return "";
        }
        if (token != Token.STRING) {
            parser.skipChildren();
            throw wrongType(where, field, "a string");
        }
        return parser.string();
    }

    private List<String> strings(String where, String field) {
        var token = parser.current();
        if (token == Token.NULL) {
            return List.of();
        }
        if (token != Token.ARRAY) {
            parser.skipChildren();
            throw wrongType(where, field, "a list of strings");
        }
        var list = new ArrayList<String>(4);
        while (parser.next() != Token.END_ARRAY) {
            if (parser.current() != Token.STRING) {
                throw wrongType(where, field, "a list of strings");
            }
            list.add(parser.string());
        }
        return list;
    }

    private int integer(String where, String field) {
        var token = parser.current();
        if (token == Token.NULL) {
            return 0;
        }
        if (token == Token.INTEGER && parser.isInt()) {
            return parser.intValue();
        }
        if (token == Token.DECIMAL) {
            double value = parser.doubleValue();
            if (value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) {
                return (int) value;
            }
        }
        parser.skipChildren();
        throw wrongType(where, field, "a whole number");
    }

    private double number(String where, String field) {
        var token = parser.current();
        if (token == Token.NULL) {
            return 0;
        }
        if (token != Token.INTEGER && token != Token.DECIMAL) {
            parser.skipChildren();
            throw wrongType(where, field, "a number");
        }
        return parser.doubleValue();
    }

    private boolean bool(String where, String field) {
        var token = parser.current();
        if (token == Token.NULL) {
            return false;
        }
        if (token != Token.TRUE && token != Token.FALSE) {
            parser.skipChildren();
            throw wrongType(where, field, "true or false");
        }
        return token == Token.TRUE;
    }

    /** {@code where} is the object that holds the field, or null at the top; names are joined only when refusing. */
    private InvalidRequest wrongType(String where, String field, String expected) {
        var path = where == null ? field : where + "." + field;
        return new InvalidRequest(id, String.format(Locale.ROOT, "field '%s' must be %s", path, expected));
    }
}
