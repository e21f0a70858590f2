package org.doorman.app.digest;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the web app is reached from outside ({@code doorman.web.base-url}, e.g. https://doorman.example.org): the
 * links in e-mails point there.
 */
@Validated
@ConfigurationProperties("doorman.web")
record WebLinks(
        @NotBlank @DefaultValue("http://localhost:8080") String baseUrl) {

    String to(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
