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

    private static final double FLOOR = 1e-9;

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
        if (directionInDoubt(raised)) {
            soften(p, CONCRETE_NEED, SALES_PITCH, DIRECTION_TEMPERATURE);
        }
        if (againstDirection(p, raised)) {
            soften(p, CONCRETE_NEED, SALES_PITCH, AGAINST_DIRECTION_TEMPERATURE);
        }
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
        for (int c = 0; c < p.length; c++) {
            // a probability the softmax rounded to zero stays a little above it, so that zeroing empty below never
            // leaves nothing to normalize (which read as an acquaintance claim with confidence 0)
            p[c] = Math.max(p[c], FLOOR);
        }
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
    private static final int SALES_PITCH = TextModel.CLASSES.indexOf(Category.SALES_PITCH);

    /**
     * How much the split between a concrete need and a sale is softened when the text shows both directions of value:
     * something of the sender's on offer (their trade, an offer to the member, sales words) and the member's offer
     * asked for (the offer named, a request for it, a need). The model is most often confidently wrong there, and a
     * softer split lets the strategy's doubt rule hand the request to the member. By writer cross-validation 1.25 fits
     * those requests best by log loss; 1.5 (0.003 more log loss per request) brings the costly errors from 19 to 11.
     */
    static final double DIRECTION_TEMPERATURE = 1.5;

    private static final java.util.Set<SignalName> SELLS = java.util.EnumSet.of(
            SignalName.SENDER_TRADE, SignalName.OFFERS_TO_MEMBER, SignalName.SALES_OFFER, SignalName.DIRECTION_SALE);
    private static final java.util.Set<SignalName> BUYS = java.util.EnumSet.of(
            SignalName.REFERENCES_OFFER,
            SignalName.ASKS_FOR_MEMBER_OFFER,
            SignalName.STATES_NEED,
            SignalName.MATCHES_MEMBER_SEEKS,
            SignalName.DIRECTION_NEED);

    /** Whether the text shows value going both ways: something of the sender's on offer, and the member's asked for. */
    static boolean directionInDoubt(java.util.Set<SignalName> raised) {
        return !java.util.Collections.disjoint(raised, SELLS) && !java.util.Collections.disjoint(raised, BUYS);
    }

    /**
     * How much more the split is softened when the text model's choice between a need and a sale goes against the
     * direction of value the text names ({@code direction_need} but a sale is likelier, {@code direction_sale} but a
     * need is), or when the text names both: the model then outvotes explicit evidence, and the member should decide.
     * By writer cross-validation, 2 about halves the costly errors left with {@link #DIRECTION_TEMPERATURE} alone for
     * half a point of action accuracy; 3 and more add reviews without removing more.
     */
    static final double AGAINST_DIRECTION_TEMPERATURE = 2;

    static boolean againstDirection(double[] p, java.util.Set<SignalName> raised) {
        boolean need = raised.contains(SignalName.DIRECTION_NEED);
        boolean sale = raised.contains(SignalName.DIRECTION_SALE);
        return (need && sale)
                || (need && p[SALES_PITCH] > p[CONCRETE_NEED])
                || (sale && p[CONCRETE_NEED] > p[SALES_PITCH]);
    }

    /** Temperature scaling of the split between two categories, their sum and every other category left as they are. */
    static void soften(double[] p, int a, int b, double temperature) {
        double sum = p[a] + p[b];
        if (p[a] <= 0 || p[b] <= 0) {
            return;
        }
        double share = 1 / (1 + Math.exp(-Math.log(p[a] / p[b]) / temperature));
        p[a] = share * sum;
        p[b] = (1 - share) * sum;
    }

    /** How much more likely a concrete need is when the member's offer is named and nothing is for sale (by CV). */
    static final double BOOST = 2;

    private static final int EMPTY = TextModel.CLASSES.indexOf(Category.EMPTY);
    private static final int ACQUAINTANCE_CLAIM = TextModel.CLASSES.indexOf(Category.ACQUAINTANCE_CLAIM);

    /**
     * How much less likely an acquaintance claim is when the text asserts no past meeting, call or exchange and only
     * says something generic: "we may know each other", shared contacts, the platform's suggestion, a profile come
     * across. The contract's acquaintance claim is an asserted past contact.
     */
    static final double GENERIC_ONLY = 0.2;

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
        if (signals.contains(SignalName.GENERIC_CONTACT) && !signals.contains(SignalName.ACQUAINTANCE_CLAIM)) {
            p[ACQUAINTANCE_CLAIM] *= GENERIC_ONLY;
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
