package org.doorman.app.requests;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RequestsConfiguration {

    @Bean
    Dialect requestsDialect(DataSource dataSource) {
        return Dialect.of(dataSource);
    }
}
