package org.doorman.app.ids;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class ImplausibleIdsOnSqliteIntegrationTests extends ImplausibleIdsIntegrationTests {}
