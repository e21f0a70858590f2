package org.doorman.app.web;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Postgres.class)
class HostileFormsOnPostgresIntegrationTests extends HostileFormsIntegrationTests {}
