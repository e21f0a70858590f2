package org.doorman.core.lifecycle;

import java.time.Duration;
import java.util.Objects;

/**
 * The timing of a request's life: how long a requester has to answer a clarifying question, how often the same
 * requester may be asked (like Sieve's vacation {@code :days}), when a follow-up task is due and how long before
 * that its reminder comes, and how many meetings an invitation asks for when the strategy does not say.
 */
public record LifecycleSettings(
        Duration replyDeadline,
        Duration askRepeatPeriod,
        Duration followUpDue,
        Duration followUpReminder,
        int meetingsRequired) {
    public LifecycleSettings {
        requirePositive(replyDeadline, "replyDeadline");
        Objects.requireNonNull(askRepeatPeriod, "askRepeatPeriod");
        if (askRepeatPeriod.isNegative()) {
            throw new IllegalArgumentException("askRepeatPeriod cannot be negative");
        }
        requirePositive(followUpDue, "followUpDue");
        Objects.requireNonNull(followUpReminder, "followUpReminder");
        if (followUpReminder.isNegative() || followUpReminder.compareTo(followUpDue) > 0) {
            throw new IllegalArgumentException("followUpReminder lies between zero and followUpDue");
        }
        if (meetingsRequired < 1) {
            throw new IllegalArgumentException("meetingsRequired is at least 1");
        }
    }

    /** The seed's defaults: 14 days to answer, one question per 30 days, follow up within 2 days, meet twice. */
    public static LifecycleSettings defaults() {
        return new LifecycleSettings(
                Duration.ofDays(14), Duration.ofDays(30), Duration.ofDays(2), Duration.ofDays(1), 2);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
