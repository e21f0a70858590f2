package org.doorman.app.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxBodySize {@code doorman.api.max-body-size}: the largest request body accepted (1MB); larger ones get 413 */
@ConfigurationProperties("doorman.api")
record ApiSettings(@DefaultValue("1MB") DataSize maxBodySize) {}
