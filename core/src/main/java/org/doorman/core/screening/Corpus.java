package org.doorman.core.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * The project's own training corpus, shipped in the core jar: labelled requests in the JSON Lines format of the
 * screening contract, with {@code expected.category} and the {@code writer} who wrote each (lines without one are
 * credited to their file).
 */
final class Corpus {

    static final List<String> FILES = List.of(
            "corpus/train-de.jsonl",
            "corpus/train-en.jsonl",
            "corpus/train-hard.jsonl",
            "corpus/w-hanna.jsonl",
            "corpus/w-kemal.jsonl",
            "corpus/w-priya.jsonl",
            "corpus/w-jake.jsonl",
            "corpus/w-lena.jsonl",
            "corpus/w-olu.jsonl",
            "corpus/w-posts.jsonl",
            "corpus/w-sam.jsonl",
            "corpus/w-mara.jsonl",
            "corpus/w-tarek.jsonl");

    private static final JsonFactory JSON = new JsonFactory();

    private Corpus() {}

    static List<LabelledRequest> load() {
        var examples = new ArrayList<LabelledRequest>();
        for (var file : FILES) {
            examples.addAll(load(file));
        }
        return examples;
    }

    /** Every line of the corpus files, as written. */
    static List<String> lines() {
        var lines = new ArrayList<String>();
        for (var file : FILES) {
            var stream = Corpus.class.getResourceAsStream(file);
            if (stream == null) {
                continue;
            }
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                reader.lines().filter(line -> !line.isBlank()).forEach(lines::add);
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
        return lines;
    }

    static List<LabelledRequest> load(String resource) {
        var stream = Corpus.class.getResourceAsStream(resource);
        if (stream == null) {
            return List.of();
        }
        var file = resource.substring(resource.lastIndexOf('/') + 1).replace(".jsonl", "");
        var examples = new ArrayList<LabelledRequest>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    examples.add(example(line, file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return examples;
    }

    @SuppressWarnings("unchecked")
    static LabelledRequest example(String line, String file) {
        Map<String, Object> request;
        try (var parser = JSON.createParser(line)) {
            parser.nextToken();
            request = (Map<String, Object>) value(parser);
        }
        var expected = map(request.get("expected"));
        var label = Category.fromWireName(String.valueOf(expected.get("category")))
                .orElseThrow(() -> new IllegalStateException("corpus line without a category: " + line));
        var writer = request.get("writer") instanceof String named && !named.isBlank() ? named : file;
        return new LabelledRequest(String.valueOf(request.get("id")), writer, input(request), label);
    }

    static ScreeningInput input(Map<String, Object> request) {
        var sender = map(request.get("sender"));
        var stats = map(sender.get("stats"));
        var context = map(request.get("context"));
        var language = (String) request.get("language");
        return new ScreeningInput(
                Objects.toString(request.get("message"), ""),
                language == null ? Optional.empty() : Language.fromCode(language),
                profile(map(request.get("recipient"))),
                profile(sender),
                new SenderStats(
                        integer(stats.get("requestsLast7Days")),
                        number(stats.get("identicalTextRatio")),
                        integer(stats.get("questionsReceived")),
                        integer(stats.get("questionsAnswered")),
                        number(stats.get("acceptanceRate"))),
                new RequestContext(
                        integer(context.get("metInPerson")),
                        Boolean.TRUE.equals(context.get("priorConversation")),
                        Boolean.TRUE.equals(context.get("inAddressBook")),
                        integer(context.get("mutualContacts")),
                        strings(context.get("sharedGroups")),
                        Boolean.TRUE.equals(context.get("visitedProfileBeforeRequest"))));
    }

    private static Profile profile(Map<String, Object> node) {
        return new Profile(
                (String) node.get("name"),
                (String) node.get("headline"),
                (String) node.get("about"),
                strings(node.get("offers")),
                strings(node.get("seeks")),
                strings(node.get("interests")),
                strings(node.get("groups")),
                (String) node.get("company"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static int integer(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    private static Object value(JsonParser parser) {
        var token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            var map = new HashMap<String, Object>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                var name = parser.currentName();
                parser.nextToken();
                map.put(name, value(parser));
            }
            return map;
        }
        if (token == JsonToken.START_ARRAY) {
            var list = new ArrayList<Object>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(parser));
            }
            return list;
        }
        return switch (token) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }
}
