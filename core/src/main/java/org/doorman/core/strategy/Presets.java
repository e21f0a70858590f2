package org.doorman.core.strategy;

import static org.doorman.core.screening.Category.ACQUAINTANCE_CLAIM;
import static org.doorman.core.screening.Category.COMMON_GROUND;
import static org.doorman.core.screening.Category.CONCRETE_NEED;
import static org.doorman.core.screening.Category.EMPTY;
import static org.doorman.core.screening.Category.KNOWN;
import static org.doorman.core.screening.Category.SALES_PITCH;
import static org.doorman.core.screening.Category.VAGUE_PITCH;

import java.util.List;
import java.util.Optional;
import org.doorman.core.screening.SignalName;

/** The strategies the product ships, as in the screening contract. */
final class Presets {

    static final List<String> NAMES = List.of("default", "meet-twice", "open-door", "common-ground-first");

    private Presets() {}

    static Optional<Strategy> named(String name) {
        return Optional.ofNullable(
                switch (name) {
                    case "default" -> new Strategy("default", defaults());
                    case "meet-twice" -> new Strategy("meet-twice", meetTwice());
                    case "open-door" -> new Strategy("open-door", openDoor());
                    case "common-ground-first" -> new Strategy("common-ground-first", commonGroundFirst());
                    default -> null;
                });
    }

    private static Rule known() {
        return new Rule("known", "known -> accept", Condition.category(KNOWN), Action.ACCEPT);
    }

    private static Rule collector() {
        return new Rule(
                "likely-collector",
                "likely contact collector -> decline",
                Condition.signal(SignalName.LIKELY_COLLECTOR),
                Action.DECLINE);
    }

    private static Rule concreteNeed() {
        return new Rule(
                "concrete-need",
                "concrete need -> accept and follow up",
                Condition.category(CONCRETE_NEED),
                Action.ACCEPT_AND_FOLLOW_UP);
    }

    private static Rule salesPitch() {
        return new Rule("sales-pitch", "sales pitch -> decline", Condition.category(SALES_PITCH), Action.DECLINE);
    }

    /** Doubt goes to the member: accepting a sale or declining a customer costs far more than one look. */
    private static Rule inDoubt() {
        return new Rule(
                "in-doubt",
                "in doubt between accepting and declining -> review",
                Condition.whenInDoubt(),
                Action.REVIEW);
    }

    private static List<Rule> defaults() {
        return List.of(
                known(),
                collector(),
                inDoubt(),
                concreteNeed(),
                salesPitch(),
                new Rule(
                        "acquaintance-claim",
                        "acquaintance claim -> review",
                        Condition.category(ACQUAINTANCE_CLAIM),
                        Action.REVIEW),
                new Rule(
                        "ask",
                        "vague pitch, common ground or empty -> ask",
                        Condition.category(VAGUE_PITCH, COMMON_GROUND, EMPTY),
                        Action.ASK));
    }

    private static List<Rule> meetTwice() {
        return List.of(
                known(),
                new Rule(
                        "meet-twice",
                        "not known -> invite to the next event, accept after 2 meetings",
                        Condition.always(),
                        Action.INVITE_TO_EVENT,
                        Optional.of(2)));
    }

    private static List<Rule> openDoor() {
        return List.of(
                known(),
                collector(),
                inDoubt(),
                salesPitch(),
                concreteNeed(),
                new Rule("open-door", "everyone else -> accept", Condition.always(), Action.ACCEPT));
    }

    private static List<Rule> commonGroundFirst() {
        var rules = new java.util.ArrayList<>(defaults());
        rules.add(
                3,
                new Rule("common-ground", "common ground -> accept", Condition.category(COMMON_GROUND), Action.ACCEPT));
        return List.copyOf(rules);
    }
}
