package org.doorman.app.strategy;

import org.doorman.core.strategy.Strategy;
import org.doorman.core.strategy.StrategyFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The strategy-file format of the core as JSON trees, as the API and the web pages take and show them. */
final class StrategyTrees {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StrategyTrees() {}

    /** Reads a strategy from a JSON tree, e.g. the body of {@code PUT /strategy}; refused as the core refuses. */
    static Strategy parse(JsonNode tree, String fallbackName) {
        return StrategyFiles.parse(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree), fallbackName);
    }

    /** The strategy's file as a tree. */
    static JsonNode toTree(Strategy strategy) {
        return JSON.readTree(StrategyFiles.render(strategy));
    }
}
