package org.doorman.app.privacy;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Postgres.class)
class PrivacyOnPostgresIntegrationTests extends PrivacyIntegrationTests {}
