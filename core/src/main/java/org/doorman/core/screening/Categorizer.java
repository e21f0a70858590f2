package org.doorman.core.screening;

import java.util.List;

/**
 * Picks one category. {@code known} comes from data only and an empty text is {@code empty}; otherwise the text
 * model weighs the words together with the signals, the contract's precedence settles close calls, and the
 * probabilities are calibrated with the model's temperature, so that a confidence of 0.8 is right about 80 % of the
 * time.
 */
final class Categorizer {

    record Result(Category category, double confidence, String reason, Probabilities probabilities) {
        Result(Category category, double confidence, String reason) {
            this(category, confidence, reason, Probabilities.certain(category, confidence));
        }
    }

    /** With this many words of personal content a request is not empty, whatever the model says. */
    static final int PERSONAL = 5;

    private final TextModel model;

    Categorizer(TextModel model) {
        this.model = model;
    }

    Result categorize(Request request, List<Signal> signals) {
        var raised = SignalName.setOf(signals);
        if (RelationshipDetector.known(raised)) {
            return new Result(Category.KNOWN, 0.99, "the data shows an existing relationship");
        }
        if (raised.contains(SignalName.NO_TEXT)) {
            return new Result(Category.EMPTY, 0.99, "no message");
        }
        if (raised.contains(SignalName.DEFAULT_TEXT)) {
            return new Result(Category.EMPTY, 0.95, "only the platform's default text or a greeting");
        }
        var p = uncalibrated(request, signals, raised);
        calibrate(p, model.temperature());
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        var category = TextModel.CLASSES.get(best);
        var byCategory = new java.util.EnumMap<Category, Double>(Category.class);
        for (int c = 0; c < p.length; c++) {
            byCategory.put(TextModel.CLASSES.get(c), p[c]);
        }
        return new Result(category, p[best], reason(category), new Probabilities(byCategory));
    }

    /**
     * The text's probabilities for {@link TextModel#CLASSES} after the contract's precedence, before calibration;
     * empty when the data or the lack of text decides the category.
     */
    java.util.Optional<double[]> uncalibrated(Request request, List<Signal> signals) {
        var raised = SignalName.setOf(signals);
        if (RelationshipDetector.known(raised)
                || raised.contains(SignalName.NO_TEXT)
                || raised.contains(SignalName.DEFAULT_TEXT)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(uncalibrated(request, signals, raised));
    }

    private double[] uncalibrated(Request request, List<Signal> signals, java.util.Set<SignalName> raised) {
        var p = model.probabilities(request, signals);
        if (request.contentWords() >= PERSONAL) {
            p[EMPTY] = 0;
        }
        precedence(p, raised);
        return p;
    }

    /**
     * Temperature scaling: p^(1/t), normalized. A temperature above 1 softens an overconfident model, below 1
     * sharpens an underconfident one; the order of the categories never changes.
     */
    static void calibrate(double[] p, double temperature) {
        if (temperature == 1) {
            return;
        }
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = p[c] == 0 ? 0 : Math.pow(p[c], 1 / temperature);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
    }

    private static final int CONCRETE_NEED = TextModel.CLASSES.indexOf(Category.CONCRETE_NEED);
    /** How much more likely a concrete need is when the member's offer is named and nothing is for sale (by CV). */
    static final double BOOST = 2;

    private static final int EMPTY = TextModel.CLASSES.indexOf(Category.EMPTY);

    /**
     * How much less likely a concrete need is when no need or question was recognized: messy one-liners state needs
     * in words no lexicon lists, so the text model may still see one (by writer cross-validation).
     */
    static final double WITHOUT_NEED = 0.25;

    /**
     * The contract's definition where the model may blur it: a concrete need states a need or asks the member
     * something, and refers to the member's profile or offer; without either it cannot be one.
     */
    private static void precedence(double[] p, java.util.Set<SignalName> signals) {
        boolean need = signals.contains(SignalName.STATES_NEED) || signals.contains(SignalName.ASKS_QUESTION);
        boolean reference =
                signals.contains(SignalName.REFERENCES_OFFER) || signals.contains(SignalName.REFERENCES_PROFILE);
        if (!need) {
            p[CONCRETE_NEED] *= WITHOUT_NEED;
        } else if (!reference) {
            p[CONCRETE_NEED] *= 0.6;
        } else if (signals.contains(SignalName.REFERENCES_OFFER) && !signals.contains(SignalName.SALES_OFFER)) {
            p[CONCRETE_NEED] *= BOOST;
        }
        double sum = 0;
        for (var v : p) {
            sum += v;
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
    }

    private static String reason(Category category) {
        return switch (category) {
            case KNOWN -> "the data shows an existing relationship";
            case ACQUAINTANCE_CLAIM -> "claims a meeting or talk that the data does not show";
            case CONCRETE_NEED -> "refers to the member's offer and states a concrete need";
            case COMMON_GROUND -> "refers to a shared group, school, employer or topic";
            case VAGUE_PITCH -> "generic benefits without a concrete purpose";
            case SALES_PITCH -> "the sender wants to sell or to reach people through the member";
            case EMPTY -> "no personal text";
        };
    }
}
