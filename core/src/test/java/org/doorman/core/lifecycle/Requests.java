package org.doorman.core.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.Language;
import org.doorman.core.screening.Signal;
import org.doorman.core.strategy.Action;
import org.doorman.core.strategy.Decision;

/** Test data: requests, decisions and screenings. */
final class Requests {
    static final MemberId DANA = new MemberId("m-dana");
    static final MemberId EVA = new MemberId("m-eva");
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LifecycleSettings SETTINGS = LifecycleSettings.defaults();

    private Requests() {}

    static ContactRequest fresh() {
        return ContactRequest.received(new RequestId("r-1"), EVA, DANA);
    }

    static Decision decision(Category category, Action action) {
        return new Decision(
                category,
                0.9,
                action,
                "rule-" + action.wireName(),
                category.wireName() + " -> " + action.wireName(),
                List.of(new Signal("example", 1.0, "evidence")),
                Language.DE,
                action == Action.INVITE_TO_EVENT ? Optional.of(2) : Optional.empty(),
                "");
    }

    static Screened screened(Category category, Action action) {
        return screened(decision(category, action));
    }

    static Screened screened(Decision decision) {
        return new Screened(
                decision,
                "Eva Schulz",
                "Dana Roth",
                Language.EN,
                Language.DE,
                Optional.empty(),
                Optional.empty(),
                Map.of(Language.EN, "I accept after meeting twice.", Language.DE, "Ich bestätige nach zwei Treffen."),
                0);
    }

    static Transition.Moved screen(Category category, Action action) {
        return fresh().screen(screened(category, action), SETTINGS, NOW).orThrow();
    }

    static ContactRequest awaitingReply() {
        return screen(Category.VAGUE_PITCH, Action.ASK).request();
    }

    static <T extends Effect> List<T> effects(Transition.Moved moved, Class<T> type) {
        return moved.effects().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
