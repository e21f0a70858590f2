package org.doorman.app.senders;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Postgres.class)
class CollectorsOnPostgresIntegrationTests extends CollectorsIntegrationTests {}
