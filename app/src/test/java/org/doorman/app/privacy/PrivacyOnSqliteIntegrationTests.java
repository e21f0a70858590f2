package org.doorman.app.privacy;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class PrivacyOnSqliteIntegrationTests extends PrivacyIntegrationTests {}
