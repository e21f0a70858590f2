package org.doorman.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A likely contact collector, from the sender's behaviour across the network: very many requests in a week, the same
 * text sent to most recipients, or clarifying questions left unanswered. Thresholds are values, not code; where the
 * network assessed the sender with its own (configured) thresholds, its verdict and evidence stand.
 */
record CollectorDetector(Weights weights, Thresholds thresholds) implements Detector {

    /** Where a sender's figures start to look like a collector's. */
    record Thresholds(
            int manyRequestsPerWeek,
            int requestsForIdenticalText,
            double identicalTextRatio,
            int unansweredQuestions,
            double answeredRatio) {
        static Thresholds defaults() {
            return new Thresholds(80, 20, 0.85, 5, 0.25);
        }
    }

    @Override
    public void detect(Request request, List<Signal> signals) {
        var stats = request.input().senderStats();
        if (stats.assessed().isPresent()) {
            var assessed = stats.assessed().get();
            if (assessed.likelyCollector()) {
                signals.add(weights.signal(SignalName.LIKELY_COLLECTOR, assessed.evidence()));
            }
            return;
        }
        var reasons = new ArrayList<String>();
        if (stats.requestsLast7Days() >= thresholds.manyRequestsPerWeek()) {
            reasons.add(stats.requestsLast7Days() + " requests in 7 days");
        }
        if (stats.identicalTextRatio() >= thresholds.identicalTextRatio()
                && stats.requestsLast7Days() >= thresholds.requestsForIdenticalText()) {
            reasons.add(String.format(Locale.ROOT, "%.0f%% identical text", stats.identicalTextRatio() * 100));
        }
        int unanswered = stats.questionsReceived() - stats.questionsAnswered();
        if (unanswered >= thresholds.unansweredQuestions()
                && stats.questionsAnswered() < thresholds.answeredRatio() * stats.questionsReceived()) {
            reasons.add(unanswered + " of " + stats.questionsReceived() + " questions unanswered");
        }
        if (!reasons.isEmpty()) {
            signals.add(weights.signal(SignalName.LIKELY_COLLECTOR, String.join(", ", reasons)));
        }
    }
}
