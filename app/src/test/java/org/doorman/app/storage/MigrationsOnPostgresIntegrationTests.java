package org.doorman.app.storage;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Postgres.class)
class MigrationsOnPostgresIntegrationTests extends MigrationsIntegrationTests {}
