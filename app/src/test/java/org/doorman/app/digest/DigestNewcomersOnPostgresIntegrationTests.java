package org.doorman.app.digest;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Postgres.class)
class DigestNewcomersOnPostgresIntegrationTests extends DigestNewcomersIntegrationTests {}
