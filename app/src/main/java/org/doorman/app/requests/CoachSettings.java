package org.doorman.app.requests;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param perMinute {@code doorman.coach.per-minute}: drafts a member may have coached per minute (60) */
@Validated
@ConfigurationProperties("doorman.coach")
record CoachSettings(
        @Min(1) @Max(10_000) @DefaultValue("60") int perMinute) {}
