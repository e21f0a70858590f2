package org.doorman.app.demo;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Postgres.class)
class DemoNetworkOnPostgresIntegrationTests extends DemoNetworkIntegrationTests {}
