package org.doorman.app.strategy;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How messages are worded.
 *
 * @param timeZone the zone in which an invitation gives an event's date and time
 */
@ConfigurationProperties("doorman.templates")
record TemplateSettings(@DefaultValue("Europe/Berlin") ZoneId timeZone) {}
