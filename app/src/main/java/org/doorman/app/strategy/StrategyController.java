package org.doorman.app.strategy;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.Optional;
import org.doorman.app.members.CurrentMember;
import org.doorman.core.screening.Language;
import org.doorman.core.strategy.Strategy;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/v1/strategy")
class StrategyController {

    static final String CONFIRMED_ATTENDANCE_ONLY = "confirmedAttendanceOnly";

    private final JdbcStrategies strategies;
    private final Clock clock;

    StrategyController(JdbcStrategies strategies, Clock clock) {
        this.strategies = strategies;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Your strategy and its plain-words text")
    StrategyView strategy(@AuthenticationPrincipal CurrentMember me) {
        return StrategyView.from(strategies.of(me.memberId()), language(me));
    }

    /**
     * {@code {"preset": "meet-twice"}} or {@code {"rules": [...]}}, either with an optional
     * {@code "confirmedAttendanceOnly": true}; anything else is refused with the reason.
     */
    @PutMapping
    @Transactional
    @Operation(summary = "Set your strategy: a preset or your own rules; answers it with its plain-words text")
    StrategyView set(@RequestBody JsonNode body, @AuthenticationPrincipal CurrentMember me) {
        var strategy = parsed(body);
        strategies.put(me.memberId(), strategy, clock.instant());
        return StrategyView.from(strategy, language(me));
    }

    static MemberStrategy parsed(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw refused("A strategy is a JSON object: {\"preset\": \"default\"} or {\"rules\": [...]}.");
        }
        JsonNode confirmed = body.get(CONFIRMED_ATTENDANCE_ONLY);
        if (confirmed == null) {
            return rules(body);
        }
        if (!confirmed.isBoolean()) {
            throw refused("'" + CONFIRMED_ATTENDANCE_ONLY + "' is true or false.");
        }
        var rest = ((ObjectNode) body).deepCopy();
        rest.remove(CONFIRMED_ATTENDANCE_ONLY);
        return rules(rest).withConfirmedAttendanceOnly(confirmed.asBoolean());
    }

    private static MemberStrategy rules(JsonNode body) {
        JsonNode preset = body.get("preset");
        if (preset != null && body.size() == 1) {
            if (!preset.isString() || !Strategy.presetNames().contains(preset.asString())) {
                throw refused("There is no preset " + preset + "; the presets are "
                        + String.join(", ", Strategy.presetNames()) + ".");
            }
            return MemberStrategy.ofPreset(preset.asString());
        }
        try {
            return new MemberStrategy(Optional.empty(), StrategyTrees.parse(body, "own"));
        } catch (IllegalArgumentException e) { // a StrategyFileException, or a rule the core refuses
            throw refused("This strategy cannot be used: " + e.getMessage() + ".");
        }
    }

    private static Language language(CurrentMember me) {
        return Language.fromCode(me.language()).orElse(Language.EN);
    }

    private static ResponseStatusException refused(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
