package org.doorman.core.screening;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Precision, recall and F1 per category from pairs of expected and screened categories. */
final class Scores {

    private final Map<Category, Map<Category, Integer>> confusion = new EnumMap<>(Category.class);

    void add(Category expected, Category actual) {
        confusion.computeIfAbsent(expected, k -> new EnumMap<>(Category.class)).merge(actual, 1, Integer::sum);
    }

    int cell(Category expected, Category actual) {
        return confusion.getOrDefault(expected, Map.of()).getOrDefault(actual, 0);
    }

    int support(Category c) {
        return confusion.getOrDefault(c, Map.of()).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    double precision(Category c) {
        int predicted = 0;
        for (var e : Category.values()) {
            predicted += cell(e, c);
        }
        return predicted == 0 ? 0 : (double) cell(c, c) / predicted;
    }

    double recall(Category c) {
        return support(c) == 0 ? 0 : (double) cell(c, c) / support(c);
    }

    double f1(Category c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double macroF1() {
        double sum = 0;
        int n = 0;
        for (var c : Category.values()) {
            if (support(c) > 0) {
                sum += f1(c);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    double accuracy() {
        int correct = 0;
        int total = 0;
        for (var e : Category.values()) {
            correct += cell(e, e);
            total += support(e);
        }
        return total == 0 ? 0 : (double) correct / total;
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
                    precision(c),
                    recall(c),
                    f1(c),
                    support(c)));
            for (var a : Category.values()) {
                out.append(String.format(Locale.ROOT, "%4d", cell(c, a)));
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "macro-F1 %.3f, accuracy %.3f%n", macroF1(), accuracy()));
        return out.toString();
    }
}
