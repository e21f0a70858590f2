package org.doorman.app.web;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class HostileFormsOnSqliteIntegrationTests extends HostileFormsIntegrationTests {}
