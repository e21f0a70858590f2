package org.doorman.app.requests;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.doorman.core.lifecycle.LifecycleSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The request lifecycle's settings.
 *
 * @param ask {@code doorman.ask.reply-deadline}: how long a requester has to answer a clarifying question (P14D);
 *     {@code doorman.ask.repeat-period}: the same requester gets at most one clarifying question from a member in this
 *     period (P30D), a second request that would be asked waits silently instead
 * @param scheduler {@code doorman.scheduler.interval}: how often due deadlines are looked for (PT1M);
 *     {@code doorman.scheduler.enabled}: whether this process acts on deadlines and delivers webhooks at all;
 *     {@code doorman.scheduler.batch-size}: how many due rows one claim takes (50)
 * @param messages {@code doorman.messages.max-length}: the longest request or message text in characters (5000)
 * @param followUp {@code doorman.follow-up.due}: when a follow-up task is due after the request (P2D);
 *     {@code doorman.follow-up.reminder}: how long before it is due the reminder goes out (P1D)
 * @param requests {@code doorman.requests.retry-after}: how long after a decline (by the member or for them) or a
 *     silent removal a new request from the same requester to the same member answers exactly as while an earlier
 *     one is pending (P180D); nothing of it is stored or reaches the member
 */
@Validated
@ConfigurationProperties("doorman")
record RequestSettings(
        @Valid @DefaultValue Ask ask,
        @Valid @DefaultValue Scheduler scheduler,
        @Valid @DefaultValue Messages messages,
        @Valid @DefaultValue FollowUp followUp,
        @Valid @DefaultValue Requests requests) {

    record Requests(@NotNull @DefaultValue("P180D") Duration retryAfter) {}

    record Ask(
            @NotNull @DefaultValue("P14D") Duration replyDeadline,
            @NotNull @DefaultValue("P30D") Duration repeatPeriod) {}

    record Scheduler(
            @NotNull @DefaultValue("PT1M") Duration interval,
            @DefaultValue("true") boolean enabled,
            @Min(1) @Max(1000) @DefaultValue("50") int batchSize) {}

    record Messages(
            @Min(1) @Max(1_000_000) @DefaultValue("5000") int maxLength) {}

    record FollowUp(
            @NotNull @DefaultValue("P2D") Duration due,
            @NotNull @DefaultValue("P1D") Duration reminder) {}

    LifecycleSettings lifecycle() {
        return new LifecycleSettings(ask.replyDeadline(), ask.repeatPeriod(), followUp.due(), followUp.reminder(), 2);
    }
}
