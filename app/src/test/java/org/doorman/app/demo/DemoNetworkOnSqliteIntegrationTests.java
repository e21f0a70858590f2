package org.doorman.app.demo;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class DemoNetworkOnSqliteIntegrationTests extends DemoNetworkIntegrationTests {}
