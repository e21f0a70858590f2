package org.doorman.app.requests;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What screening found and what the strategy did, by their wire names, as a request's recipient sees it in the API and
 * in their data export; a value erased with its sender (the explanation) is left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScreeningView(
        String category, Double confidence, String action, String ruleId, String rule, String explanation) {}
