package org.doorman.app.members;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Postgres.class)
class TokensOnPostgresIntegrationTests extends TokensIntegrationTests {}
