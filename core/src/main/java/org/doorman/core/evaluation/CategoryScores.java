package org.doorman.core.evaluation;

import java.util.EnumMap;
import java.util.Map;
import org.doorman.core.screening.Category;

/** Precision, recall and F1 per category, counted from pairs of expected (labelled) and screened categories. */
public final class CategoryScores {

    private final Map<Category, Map<Category, Integer>> confusion = new EnumMap<>(Category.class);

    public void add(Category expected, Category screened) {
        confusion.computeIfAbsent(expected, k -> new EnumMap<>(Category.class)).merge(screened, 1, Integer::sum);
    }

    /** How often a request labelled {@code expected} was screened as {@code screened}. */
    public int cell(Category expected, Category screened) {
        return confusion.getOrDefault(expected, Map.of()).getOrDefault(screened, 0);
    }

    /** How many requests carry this label. */
    public int support(Category category) {
        return confusion.getOrDefault(category, Map.of()).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    public double precision(Category category) {
        int screened = 0;
        for (var expected : Category.values()) {
            screened += cell(expected, category);
        }
        return screened == 0 ? 0 : (double) cell(category, category) / screened;
    }

    public double recall(Category category) {
        int support = support(category);
        return support == 0 ? 0 : (double) cell(category, category) / support;
    }

    public double f1(Category category) {
        double p = precision(category);
        double r = recall(category);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The mean F1 over the categories that occur in the labels. */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (var category : Category.values()) {
            if (support(category) > 0) {
                sum += f1(category);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The share of requests screened as their label says. */
    public double accuracy() {
        int correct = 0;
        int total = 0;
        for (var category : Category.values()) {
            correct += cell(category, category);
            total += support(category);
        }
        return total == 0 ? 0 : (double) correct / total;
    }
}
