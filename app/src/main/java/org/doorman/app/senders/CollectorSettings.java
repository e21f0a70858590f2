package org.doorman.app.senders;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.doorman.core.network.CollectorThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How contact collectors are recognized ({@code doorman.collectors.*}); see {@link CollectorThresholds} for the
 * thresholds, which keep their names here.
 *
 * @param nearIdenticalSimilarity from which estimated similarity of their word pairs two texts count as one (0.6)
 * @param wellConnectedContacts the fewest contacts with which a member can count as unusually well connected (10)
 * @param textsCompared with how many of the sender's latest texts of the last thirty days a new one is compared (200)
 * @param reportsToLimit reports from different recipients that limit a sender automatically (3)
 * @param wellConnectedPercentile above which percentile of the network's contact counts a member is unusually well
 *     connected (0.9)
 */
@Validated
@ConfigurationProperties("doorman.collectors")
record CollectorSettings(
        @Min(1) @DefaultValue("80") int manyRequestsPerWeek,
        @Min(1) @DefaultValue("250") int manyRequestsPerMonth,

        @DecimalMin("0.01") @DecimalMax("1") @DefaultValue("0.85")
        double nearIdenticalRatio,

        @Min(1) @DefaultValue("5") int unansweredQuestions,

        @DecimalMin("0.01") @DecimalMax("1") @DefaultValue("0.25")
        double answeredRatio,

        @DecimalMin("0.01") @DecimalMax("1") @DefaultValue("0.9")
        double withoutVisitRatio,

        @DecimalMin("0.01") @DecimalMax("1") @DefaultValue("0.5")
        double wellConnectedRatio,

        @DecimalMin("0.01") @DecimalMax("1") @DefaultValue("0.8")
        double silentDeclineRatio,

        @Min(1) @DefaultValue("2") int reportingRecipients,
        @Min(1) @DefaultValue("20") int minimumRequests,

        @DecimalMin("0.01") @DecimalMax("1") @DefaultValue("0.5")
        double likelihood,

        @DecimalMin("0.05") @DecimalMax("1") @DefaultValue("0.6")
        double nearIdenticalSimilarity,

        @Min(1) @DefaultValue("10") int wellConnectedContacts,
        @Min(1) @Max(10_000) @DefaultValue("200") int textsCompared,
        @Min(1) @DefaultValue("3") int reportsToLimit,

        @DecimalMin("0.5") @DecimalMax("0.999") @DefaultValue("0.9")
        double wellConnectedPercentile) {

    static CollectorSettings defaults() {
        var t = CollectorThresholds.defaults();
        return new CollectorSettings(
                t.manyRequestsPerWeek(),
                t.manyRequestsPerMonth(),
                t.nearIdenticalRatio(),
                t.unansweredQuestions(),
                t.answeredRatio(),
                t.withoutVisitRatio(),
                t.wellConnectedRatio(),
                t.silentDeclineRatio(),
                t.reportingRecipients(),
                t.minimumRequests(),
                t.likelihood(),
                0.6,
                10,
                200,
                3,
                0.9);
    }

    CollectorThresholds thresholds() {
        return new CollectorThresholds(
                manyRequestsPerWeek,
                manyRequestsPerMonth,
                nearIdenticalRatio,
                unansweredQuestions,
                answeredRatio,
                withoutVisitRatio,
                wellConnectedRatio,
                silentDeclineRatio,
                reportingRecipients,
                minimumRequests,
                likelihood);
    }
}
