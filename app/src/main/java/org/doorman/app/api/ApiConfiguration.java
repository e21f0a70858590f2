package org.doorman.app.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.JacksonModule;

/**
 * The request-body limit for every call, API and web forms alike, before anything else reads the body; the one check
 * for NUL characters in paths, parameters, form fields and JSON texts; and a 503 for a database that is gone while a
 * filter uses it.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    FilterRegistrationBean<BodyLimit> bodyLimit(ApiSettings settings) {
        var registration = new FilterRegistrationBean<>(
                new BodyLimit(settings.maxBodySize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** After the body limit, before the sign-in limit and Spring Security. */
    @Bean
    FilterRegistrationBean<NulCharacters.Filter> nulCharacters() {
        var registration = new FilterRegistrationBean<>(new NulCharacters.Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }

    @Bean
    JacksonModule nulCharactersInJson() {
        return NulCharacters.module();
    }

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailable() {
        var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
