package org.doorman.core.strategy;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.SignalName;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Strategy files: JSON that names a preset ({@code {"preset": "meet-twice"}}) or lists rules, first match wins:
 *
 * <pre>{@code
 * {"name": "mine",
 *  "rules": [
 *    {"id": "known", "description": "known -> accept", "when": {"categories": ["known"]}, "action": "accept"},
 *    {"id": "collector", "when": {"signals": ["likely_collector"]}, "action": "decline"},
 *    {"id": "rest", "when": {}, "action": "invite_to_event", "meetings": 2}]}
 * }</pre>
 *
 * A condition may also name {@code withoutSignals}, and {@code "inDoubt": true} for a rule that fires when the
 * screening is in doubt between a category the strategy accepts and one it declines; {@code "doubt"} (beside
 * {@code rules} or {@code preset}) sets how much probability each side needs, default
 * {@link Strategy#DEFAULT_DOUBT}. An unknown category, signal, action or key is refused with the line and the reason.
 */
public final class StrategyFiles {

    private StrategyFiles() {}

    private static final JsonFactory JSON = new JsonFactory();

    /** Writes with Jackson's default pretty printer: two spaces, one field a line. */
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    /** Reads a strategy from JSON text; {@code fallbackName} names it when the JSON does not. */
    public static Strategy parse(String json, String fallbackName) {
        try (var parser = JSON.createParser(json)) {
            var token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                var rules = rules(parser);
                expectEnd(parser);
                return strategy(fallbackName, rules, Strategy.DEFAULT_DOUBT);
            }
            if (token != JsonToken.START_OBJECT) {
                throw refused(parser, "a strategy is a JSON object with \"preset\" or \"rules\"");
            }
            String name = fallbackName;
            String preset = null;
            List<Rule> rules = null;
            double doubt = Strategy.DEFAULT_DOUBT;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                var key = parser.currentName();
                parser.nextToken();
                switch (key) {
                    case "name" -> name = string(parser, "name");
                    case "preset" -> preset = string(parser, "preset");
                    case "rules" -> rules = rules(parser);
                    case "description" -> string(parser, "description");
                    case "doubt" -> doubt = doubt(parser);
                    default -> throw refused(parser, "unknown key '" + key + "' (expected name, preset, rules, doubt)");
                }
            }
            expectEnd(parser);
            if (preset != null && rules != null) {
                throw new StrategyFileException(1, "give either a preset or rules, not both");
            }
            if (preset != null) {
                try {
                    var shipped = Strategy.preset(preset);
                    return new Strategy(shipped.name(), shipped.rules(), doubt);
                } catch (IllegalArgumentException e) {
                    throw new StrategyFileException(1, e.getMessage());
                }
            }
            if (rules == null) {
                throw new StrategyFileException(1, "a strategy needs \"preset\" or \"rules\"");
            }
            return strategy(name, rules, doubt);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw new StrategyFileException(
                    location == null ? 0 : location.getLineNr(), "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The strategy as a JSON strategy file, which {@link #parse(String, String)} reads back to an equal strategy. */
    public static String render(Strategy strategy) {
        var text = new StringWriter();
        try (var out = JSON.createGenerator(PRETTY, text)) {
            out.writeStartObject();
            out.writeStringProperty("name", strategy.name());
            if (strategy.doubt() != Strategy.DEFAULT_DOUBT) {
                out.writeNumberProperty("doubt", strategy.doubt());
            }
            out.writeArrayPropertyStart("rules");
            for (var rule : strategy.rules()) {
                write(out, rule);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        return text.toString();
    }

    private static void write(JsonGenerator out, Rule rule) {
        out.writeStartObject();
        out.writeStringProperty("id", rule.id());
        out.writeStringProperty("description", rule.description());
        out.writeObjectPropertyStart("when");
        var categories = Arrays.stream(Category.values())
                .filter(rule.when().categories()::contains)
                .map(Category::wireName)
                .toList();
        names(out, "categories", categories);
        names(out, "signals", signalNames(rule.when().signals()));
        names(out, "withoutSignals", signalNames(rule.when().withoutSignals()));
        if (rule.when().inDoubt()) {
            out.writeBooleanProperty("inDoubt", true);
        }
        out.writeEndObject();
        out.writeStringProperty("action", rule.action().wireName());
        if (rule.meetings().isPresent()) {
            out.writeNumberProperty("meetings", rule.meetings().get());
        }
        out.writeEndObject();
    }

    private static void names(JsonGenerator out, String property, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        out.writeArrayPropertyStart(property);
        for (var name : names) {
            out.writeString(name);
        }
        out.writeEndArray();
    }

    private static List<String> signalNames(Set<SignalName> names) {
        return names.stream().sorted().map(SignalName::wireName).toList();
    }

    private static double doubt(JsonParser parser) {
        if (!parser.currentToken().isNumeric()) {
            throw refused(parser, "\"doubt\" is a number between 0 and 0.5");
        }
        double doubt = parser.getDoubleValue();
        if (!(doubt > 0 && doubt <= 0.5)) {
            throw refused(parser, "\"doubt\" lies between 0 and 0.5, was " + doubt);
        }
        return doubt;
    }

    private static Strategy strategy(String name, List<Rule> rules, double doubt) {
        if (rules.isEmpty()) {
            throw new StrategyFileException(1, "a strategy needs at least one rule");
        }
        try {
            return new Strategy(name, rules, doubt);
        } catch (IllegalArgumentException e) {
            throw new StrategyFileException(1, e.getMessage());
        }
    }

    // What is stored with every decision: rule ids and descriptions fit their columns; a strategy stays readable.
    static final int MAX_RULES = 100;
    static final int MAX_ID = 60;
    static final int MAX_DESCRIPTION = 300;

    private static List<Rule> rules(JsonParser parser) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw refused(parser, "\"rules\" is a list of rules");
        }
        var rules = new ArrayList<Rule>();
        var ids = new java.util.HashSet<String>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = line(parser);
            if (rules.size() == MAX_RULES) {
                throw new StrategyFileException(line, "a strategy has at most " + MAX_RULES + " rules");
            }
            var rule = rule(parser, rules.size() + 1);
            if (!ids.add(rule.id())) {
                throw new StrategyFileException(line, "rule id '" + rule.id() + "' is used twice");
            }
            rules.add(rule);
        }
        return rules;
    }

    private static Rule rule(JsonParser parser, int number) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw refused(parser, "rule " + number + " is not a JSON object");
        }
        int line = line(parser);
        String id = null;
        String description = null;
        Condition when = null;
        Action action = null;
        Integer meetings = null;
        int meetingsLine = line;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            var key = parser.currentName();
            parser.nextToken();
            switch (key) {
                case "id" -> id = string(parser, "id");
                case "description" -> description = string(parser, "description");
                case "when", "if" -> when = condition(parser);
                case "action", "then" -> {
                    var name = string(parser, "action");
                    action = Action.fromWireName(name)
                            .orElseThrow(() -> refused(
                                    parser,
                                    "unknown action '" + name + "' (known: "
                                            + Arrays.stream(Action.values())
                                                    .map(Action::wireName)
                                                    .collect(Collectors.joining(", "))
                                            + ")"));
                }
                case "meetings" -> {
                    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                        throw refused(parser, "\"meetings\" is a whole number");
                    }
                    meetings = parser.getIntValue();
                    meetingsLine = line(parser);
                }
                default ->
                    throw refused(
                            parser,
                            "unknown key '" + key + "' in a rule (expected id, description, when, action, meetings)");
            }
        }
        if (id != null && id.length() > MAX_ID) {
            throw new StrategyFileException(line, "rule " + number + ": an id has at most " + MAX_ID + " characters");
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new StrategyFileException(
                    line, "rule " + number + ": a description has at most " + MAX_DESCRIPTION + " characters");
        }
        if (id == null) {
            id = "rule-" + number;
        }
        if (action == null) {
            throw new StrategyFileException(line, "rule '" + id + "' has no action");
        }
        if (meetings != null && action != Action.INVITE_TO_EVENT) {
            throw new StrategyFileException(meetingsLine, "\"meetings\" only goes with the action invite_to_event");
        }
        try {
            return new Rule(
                    id, description, when == null ? Condition.always() : when, action, Optional.ofNullable(meetings));
        } catch (IllegalArgumentException e) {
            throw new StrategyFileException(line, e.getMessage());
        }
    }

    private static Condition condition(JsonParser parser) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw refused(parser, "\"when\" is a JSON object");
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        Set<SignalName> signals = EnumSet.noneOf(SignalName.class);
        Set<SignalName> without = EnumSet.noneOf(SignalName.class);
        boolean inDoubt = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            var key = parser.currentName();
            parser.nextToken();
            switch (key) {
                case "category", "categories" -> {
                    for (var name : strings(parser, key)) {
                        categories.add(Category.fromWireName(name)
                                .orElseThrow(() -> refused(
                                        parser,
                                        "unknown category '" + name + "' (known: "
                                                + Arrays.stream(Category.values())
                                                        .map(Category::wireName)
                                                        .collect(Collectors.joining(", "))
                                                + ")")));
                    }
                }
                case "signal", "signals" -> signals.addAll(signalSet(parser, key));
                case "withoutSignal", "withoutSignals", "notSignal", "notSignals" ->
                    without.addAll(signalSet(parser, key));
                case "inDoubt" -> {
                    if (!parser.currentToken().isBoolean()) {
                        throw refused(parser, "\"inDoubt\" is true or false");
                    }
                    inDoubt = parser.getBooleanValue();
                }
                default ->
                    throw refused(
                            parser,
                            "unknown key '" + key + "' in a condition (expected categories, signals,"
                                    + " withoutSignals, inDoubt)");
            }
        }
        return new Condition(categories, signals, without, inDoubt);
    }

    private static Set<SignalName> signalSet(JsonParser parser, String key) {
        Set<SignalName> names = EnumSet.noneOf(SignalName.class);
        for (var name : strings(parser, key)) {
            names.add(SignalName.fromWireName(name)
                    .orElseThrow(() -> refused(
                            parser,
                            "unknown signal '" + name + "' (known: "
                                    + Arrays.stream(SignalName.values())
                                            .map(SignalName::wireName)
                                            .collect(Collectors.joining(", "))
                                    + ")")));
        }
        return names;
    }

    /** A string or a list of strings. */
    private static List<String> strings(JsonParser parser, String key) {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return List.of(parser.getString());
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw refused(parser, "\"" + key + "\" is a name or a list of names");
        }
        var values = new ArrayList<String>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw refused(parser, "\"" + key + "\" lists names as strings");
            }
            values.add(parser.getString());
        }
        return values;
    }

    private static String string(JsonParser parser, String key) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw refused(parser, "\"" + key + "\" is a string");
        }
        return parser.getString();
    }

    private static void expectEnd(JsonParser parser) {
        if (parser.nextToken() != null) {
            throw refused(parser, "unexpected content after the strategy");
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static StrategyFileException refused(JsonParser parser, String reason) {
        return new StrategyFileException(line(parser), reason);
    }
}
