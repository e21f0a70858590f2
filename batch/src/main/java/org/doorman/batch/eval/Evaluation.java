package org.doorman.batch.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.doorman.batch.requests.RequestCodec;
import org.doorman.core.evaluation.CategoryScores;
import org.doorman.core.evaluation.Reliability;
import org.doorman.core.screening.Category;
import org.doorman.core.screening.Screener;
import org.doorman.core.screening.ScreeningInput;
import org.doorman.core.strategy.Action;
import org.doorman.core.strategy.Decision;
import org.doorman.core.strategy.Strategy;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screens labelled requests and counts: per category precision, recall and F1, macro-F1, action accuracy, the
 * costly errors (a wanted request, {@code known} or {@code concrete_need} whose label is not a decline, declined,
 * and a request labelled decline accepted) and how well the confidence is calibrated. A review for doubt counts as an
 * action miss, never as a costly error.
 */
final class Evaluation {

    record Miss(
            String id,
            Category expectedCategory,
            Category category,
            Action expectedAction,
            Action action,
            double confidence,
            String rule) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A labelled request as read from its line: the request by the codec, the labels beside it. */
    record Labelled(String id, String writer, ScreeningInput input, Category category, Action action) {}

    private final Screener screener;
    private final Strategy strategy;
    private final CategoryScores categories = new CategoryScores();
    private final Reliability reliability = new Reliability();
    private final Map<Action, Map<Action, Integer>> actions = new EnumMap<>(Action.class);
    private final List<Miss> misses = new ArrayList<>();
    private final List<Miss> costly = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private int total;

    Evaluation(Screener screener, Strategy strategy) {
        this.screener = screener;
        this.strategy = strategy;
    }

    void add(String line) {
        read(line).ifPresent(labelled -> add(labelled, screener));
    }

    /** The labelled request of a line; a line that cannot be read is counted as unreadable. */
    Optional<Labelled> read(String line) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        JsonNode labels;
        try {
            labels = JSON.readTree(line);
        } catch (JacksonException e) {
            unreadable.add("not JSON: " + e.getOriginalMessage());
            return Optional.empty();
        }
        var id = labels == null ? null : labels.get("id");
        var idText = id != null && (id.isString() || id.isNumber()) ? id.asString() : "?";
        var expected = labels == null ? null : labels.get("expected");
        var expectedCategory = expected == null
                ? null
                : Category.fromWireName(expected.path("category").asString("")).orElse(null);
        var expectedAction = expected == null
                ? null
                : Action.fromWireName(expected.path("action").asString("")).orElse(null);
        if (expectedCategory == null || expectedAction == null) {
            unreadable.add(idText + ": no expected.category and expected.action");
            return Optional.empty();
        }
        RequestCodec.Request request;
        try {
            request = RequestCodec.read(line);
        } catch (IllegalArgumentException | RequestCodec.MalformedJson e) {
            unreadable.add(idText + ": " + e.getMessage());
            return Optional.empty();
        }
        var writer = labels.path("writer").asString("");
        return Optional.of(new Labelled(idText, writer, request.input(), expectedCategory, expectedAction));
    }

    /** Screens the request with {@code by} (for cross-validation, a screener that never saw its writer) and counts. */
    void add(Labelled labelled, Screener by) {
        record(labelled, strategy.evaluate(by.screen(labelled.input())));
    }

    void record(Labelled labelled, Decision decision) {
        var expectedCategory = labelled.category();
        var expectedAction = labelled.action();
        categories.add(expectedCategory, decision.category());
        reliability.add(decision.confidence(), expectedCategory == decision.category());
        count(actions, expectedAction, decision.action());
        total++;
        var miss = new Miss(
                labelled.id(),
                expectedCategory,
                decision.category(),
                expectedAction,
                decision.action(),
                decision.confidence(),
                decision.rule());
        if (expectedCategory != decision.category() || expectedAction != decision.action()) {
            misses.add(miss);
        }
        boolean wanted = (expectedCategory == Category.KNOWN || expectedCategory == Category.CONCRETE_NEED)
                && expectedAction != Action.DECLINE;
        boolean accepted = decision.action() == Action.ACCEPT || decision.action() == Action.ACCEPT_AND_FOLLOW_UP;
        if ((wanted && decision.action() == Action.DECLINE) || (expectedAction == Action.DECLINE && accepted)) {
            costly.add(miss);
        }
    }

    void unreadable(String why) {
        unreadable.add(why);
    }

    private static <K extends Enum<K>> void count(Map<K, Map<K, Integer>> confusion, K expected, K actual) {
        confusion
                .computeIfAbsent(expected, k -> new EnumMap<>(expected.getDeclaringClass()))
                .merge(actual, 1, Integer::sum);
    }

    Report report() {
        return new Report(this);
    }

    /** The figures of one evaluation. */
    static final class Report {
        private final Evaluation e;

        Report(Evaluation evaluation) {
            this.e = evaluation;
        }

        int total() {
            return e.total;
        }

        int unreadable() {
            return e.unreadable.size();
        }

        List<Miss> costlyErrors() {
            return List.copyOf(e.costly);
        }

        List<Miss> misses() {
            return List.copyOf(e.misses);
        }

        double precision(Category c) {
            return e.categories.precision(c);
        }

        double recall(Category c) {
            return e.categories.recall(c);
        }

        double f1(Category c) {
            return e.categories.f1(c);
        }

        int support(Category c) {
            return e.categories.support(c);
        }

        /** The mean F1 over the categories that occur in the labels. */
        double macroF1() {
            return e.categories.macroF1();
        }

        int correctActions() {
            int correct = 0;
            for (var entry : e.actions.entrySet()) {
                correct += entry.getValue().getOrDefault(entry.getKey(), 0);
            }
            return correct;
        }

        double actionAccuracy() {
            return e.total == 0 ? 0 : (double) correctActions() / e.total;
        }

        double expectedCalibrationError() {
            return e.reliability.expectedCalibrationError();
        }

        /** The figures in one line. */
        String summary() {
            return String.format(
                    Locale.ROOT,
                    "macro-F1 %.3f | action accuracy %.3f (%d/%d) | costly errors %d | ECE %.3f",
                    macroF1(),
                    actionAccuracy(),
                    correctActions(),
                    e.total,
                    e.costly.size(),
                    expectedCalibrationError());
        }

        private void printReliability(PrintStream out) {
            out.printf(
                    Locale.ROOT,
                    "calibration: expected calibration error %.3f (confidence against accuracy)%n",
                    expectedCalibrationError());
            out.printf(Locale.ROOT, "%-12s %8s %11s %9s%n", "confidence", "requests", "mean conf.", "accuracy");
            for (var bin : e.reliability.bins()) {
                if (bin.count() == 0) {
                    continue;
                }
                out.printf(
                        Locale.ROOT,
                        "%.1f-%.1f      %8d %11.3f %9.3f%n",
                        bin.from(),
                        bin.to(),
                        bin.count(),
                        bin.meanConfidence(),
                        bin.accuracy());
            }
        }

        void print(PrintStream out, boolean verbose) {
            out.printf(
                    Locale.ROOT,
                    "strategy: %s, requests: %d, unreadable: %d%n",
                    e.strategy.name(),
                    e.total,
                    unreadable());
            for (var line : e.unreadable) {
                out.println("  unreadable " + line);
            }
            out.println();
            out.printf(Locale.ROOT, "%-20s %9s %7s %6s %8s%n", "category", "precision", "recall", "F1", "support");
            for (var c : Category.values()) {
                out.printf(
                        Locale.ROOT,
                        "%-20s %9.3f %7.3f %6.3f %8d%n",
                        c.wireName(),
                        precision(c),
                        recall(c),
                        f1(c),
                        support(c));
            }
            out.printf(Locale.ROOT, "%-20s %24.3f%n", "macro-F1", macroF1());
            out.printf(Locale.ROOT, "action accuracy      %.3f (%d/%d)%n", actionAccuracy(), correctActions(), e.total);
            out.println();
            if (verbose) {
                out.println("screened differently than labelled:");
                for (var miss : e.misses) {
                    out.println("  " + describe(miss));
                }
                out.println();
            }
            out.println("costly errors: " + e.costly.size());
            for (var miss : e.costly) {
                out.println("  " + describe(miss));
            }
            out.println();
            printActions(out);
            out.println();
            printReliability(out);
            out.println();
            out.println(summary());
        }

        private void printActions(PrintStream out) {
            out.println("actions (rows: expected, columns: screened)");
            var header = new StringBuilder(String.format(Locale.ROOT, "%-21s", ""));
            for (var a : Action.values()) {
                header.append(String.format(Locale.ROOT, " %8s", abbreviation(a)));
            }
            out.println(header);
            for (var expected : Action.values()) {
                var row = new StringBuilder(String.format(Locale.ROOT, "%-21s", expected.wireName()));
                for (var actual : Action.values()) {
                    int n = e.actions.getOrDefault(expected, Map.of()).getOrDefault(actual, 0);
                    row.append(String.format(Locale.ROOT, " %8s", n == 0 ? "." : Integer.toString(n)));
                }
                out.println(row);
            }
        }

        private static String abbreviation(Action action) {
            return switch (action) {
                case ACCEPT -> "accept";
                case ACCEPT_AND_FOLLOW_UP -> "a+follow";
                case ASK -> "ask";
                case INVITE_TO_EVENT -> "invite";
                case DECLINE -> "decline";
                case REVIEW -> "review";
            };
        }

        private static String describe(Miss miss) {
            return String.format(
                    Locale.ROOT,
                    "%s: expected %s/%s, screened %s/%s at %.2f (%s)",
                    miss.id(),
                    miss.expectedCategory().wireName(),
                    miss.expectedAction().wireName(),
                    miss.category().wireName(),
                    miss.action().wireName(),
                    miss.confidence(),
                    miss.rule());
        }
    }
}
