package org.doorman.app.contacts;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param motiveDeadline {@code doorman.contacts.motive-deadline}: how long a contact has to answer the motive question (P14D) */
@Validated
@ConfigurationProperties("doorman.contacts")
record ContactSettings(@NotNull @DefaultValue("P14D") Duration motiveDeadline) {}
