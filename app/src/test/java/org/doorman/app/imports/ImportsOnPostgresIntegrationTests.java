package org.doorman.app.imports;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Postgres.class)
class ImportsOnPostgresIntegrationTests extends ImportsIntegrationTests {}
