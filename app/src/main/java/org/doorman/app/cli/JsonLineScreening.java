package org.doorman.app.cli;

import java.io.ByteArrayOutputStream;
import org.doorman.app.screening.ScreeningJson;
import org.doorman.core.screening.Screener;
import org.doorman.core.strategy.Strategy;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns one input line of the batch contract into one output line: a decision or an error. */
final class JsonLineScreening {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Screener screener;
    private final Strategy strategy;

    JsonLineScreening(Screener screener, Strategy strategy) {
        this.screener = screener;
        this.strategy = strategy;
    }

    /** Appends the answer to {@code line} and a newline to {@code out}; returns false when the line was refused. */
    boolean screen(byte[] line, int length, ByteArrayOutputStream out) {
        JsonNode request;
        try {
            request = JSON.readTree(line, 0, length);
        } catch (JacksonException e) {
            return error(out, null, "not JSON: " + firstLine(e.getOriginalMessage()));
        }
        var id = ScreeningJson.id(request);
        if (request == null || !request.isObject()) {
            return error(out, null, "a request is a JSON object");
        }
        var rawId = request.get("id");
        if (rawId != null && !rawId.isNull() && id == null) {
            return error(out, null, "field 'id' must be a string or a number");
        }
        try {
            var decision = strategy.evaluate(screener.screen(ScreeningJson.input(request)));
            try (var json = JSON.createGenerator(out)) {
                ScreeningJson.write(json, id, decision);
            }
        } catch (IllegalArgumentException e) {
            return error(out, id, e.getMessage());
        } catch (RuntimeException e) {
            return error(out, id, "internal error: " + e);
        }
        out.write('\n');
        return true;
    }

    static boolean error(ByteArrayOutputStream out, JsonNode id, String message) {
        try (var json = JSON.createGenerator(out)) {
            ScreeningJson.writeError(json, id, message);
        }
        out.write('\n');
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
