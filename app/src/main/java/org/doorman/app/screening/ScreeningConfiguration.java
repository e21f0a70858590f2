package org.doorman.app.screening;

import org.doorman.core.screening.Screener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the core's screener into the app: built once, shared by every request (it is thread-safe). */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    @Bean
    Screener screener() {
        return Screener.create();
    }
}
