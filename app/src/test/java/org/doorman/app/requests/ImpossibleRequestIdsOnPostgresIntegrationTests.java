package org.doorman.app.requests;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Postgres.class)
class ImpossibleRequestIdsOnPostgresIntegrationTests extends ImpossibleRequestIdsIntegrationTests {}
