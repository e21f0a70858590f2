package org.doorman.app.requests;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class ImpossibleRequestIdsOnSqliteIntegrationTests extends ImpossibleRequestIdsIntegrationTests {}
