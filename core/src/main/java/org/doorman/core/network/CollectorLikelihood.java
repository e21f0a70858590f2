package org.doorman.core.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How likely a sender collects contacts, with the evidence that says so: each piece names its rule, says what was
 * seen, and carries the weight it adds.
 */
public record CollectorLikelihood(double likelihood, boolean likely, List<Evidence> evidence) {

    public record Evidence(String rule, String description, double weight) {}

    public CollectorLikelihood {
        evidence = List.copyOf(evidence);
    }

    /** The evidence as one line, as the screening signal shows it. */
    public String summary() {
        return String.join(", ", evidence.stream().map(Evidence::description).toList());
    }

    /** Assesses a record: every rule that holds is evidence; the likelihood combines their weights. */
    public static CollectorLikelihood assess(SenderRecord record, CollectorThresholds thresholds) {
        var evidence = new ArrayList<Evidence>();
        var t = thresholds;
        boolean enough = record.requestsLast30Days() >= t.minimumRequests();
        if (record.requestsLast7Days() >= t.manyRequestsPerWeek()) {
            evidence.add(new Evidence("many_requests_week", record.requestsLast7Days() + " requests in 7 days", 0.6));
        }
        if (record.requestsLast30Days() >= t.manyRequestsPerMonth()) {
            evidence.add(
                    new Evidence("many_requests_month", record.requestsLast30Days() + " requests in 30 days", 0.5));
        }
        if (enough && record.nearIdenticalRatio() >= t.nearIdenticalRatio()) {
            evidence.add(new Evidence(
                    "near_identical_texts", percent(record.nearIdenticalRatio()) + " near-identical texts", 0.6));
        }
        if (record.questionsUnanswered() >= t.unansweredQuestions()
                && record.questionsAnswered() < t.answeredRatio() * record.questionsReceived()) {
            evidence.add(new Evidence(
                    "unanswered_questions",
                    record.questionsUnanswered() + " of " + record.questionsReceived() + " questions unanswered",
                    0.6));
        }
        if (enough && record.withoutVisitRatio() >= t.withoutVisitRatio()) {
            evidence.add(new Evidence(
                    "no_profile_visit",
                    percent(record.withoutVisitRatio()) + " of requests sent without looking at the profile",
                    0.3));
        }
        if (enough && record.wellConnectedRatio() >= t.wellConnectedRatio()) {
            evidence.add(new Evidence(
                    "well_connected_targets",
                    percent(record.wellConnectedRatio()) + " of requests to unusually well-connected members",
                    0.3));
        }
        if (record.decided() >= t.minimumRequests() && record.silentDeclineRate() >= t.silentDeclineRatio()) {
            evidence.add(new Evidence(
                    "mostly_declined", percent(record.silentDeclineRate()) + " of decided requests declined", 0.3));
        }
        if (record.reportingRecipients() >= t.reportingRecipients()) {
            evidence.add(new Evidence("reported", "reported by " + record.reportingRecipients() + " recipients", 0.5));
        }
        double unlikely = 1;
        for (var piece : evidence) {
            unlikely *= 1 - piece.weight();
        }
        double likelihood = Math.round((1 - unlikely) * 1000) / 1000.0;
        return new CollectorLikelihood(likelihood, likelihood >= t.likelihood(), evidence);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }
}
