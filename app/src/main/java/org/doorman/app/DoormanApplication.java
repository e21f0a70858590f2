package org.doorman.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application behind {@code doorman serve}: web app, REST API and scheduler. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DoormanApplication {}
