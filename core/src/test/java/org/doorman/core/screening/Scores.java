package org.doorman.core.screening;

import java.util.Locale;
import org.doorman.core.evaluation.CategoryScores;

/** {@link CategoryScores} as a table for a test's output. */
final class Scores {

    private final CategoryScores scores = new CategoryScores();

    void add(Category expected, Category actual) {
        scores.add(expected, actual);
    }

    double macroF1() {
        return scores.macroF1();
    }

    double accuracy() {
        return scores.accuracy();
    }

    @Override
    public String toString() {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-20s %6s %6s %6s %5s   confusion%n", "category", "P", "R", "F1", "n"));
        for (var c : Category.values()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-20s %6.3f %6.3f %6.3f %5d  ",
                    c.wireName(),
                    scores.precision(c),
                    scores.recall(c),
                    scores.f1(c),
                    scores.support(c)));
            for (var a : Category.values()) {
                out.append(String.format(Locale.ROOT, "%4d", scores.cell(c, a)));
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "macro-F1 %.3f, accuracy %.3f%n", scores.macroF1(), scores.accuracy()));
        return out.toString();
    }
}
