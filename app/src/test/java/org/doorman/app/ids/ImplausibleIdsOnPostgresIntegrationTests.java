package org.doorman.app.ids;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Postgres.class)
class ImplausibleIdsOnPostgresIntegrationTests extends ImplausibleIdsIntegrationTests {}
