package org.doorman.app;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The Spring Boot application behind {@code doorman serve}: web app, REST API and scheduler. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DoormanApplication {

    /** The one clock of the app: everything that stores or compares instants asks it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
