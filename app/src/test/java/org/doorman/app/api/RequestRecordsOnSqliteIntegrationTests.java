package org.doorman.app.api;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class RequestRecordsOnSqliteIntegrationTests extends RequestRecordsIntegrationTests {}
