package org.doorman.app.senders;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class OperatorPageOnSqliteIntegrationTests extends OperatorPageIntegrationTests {}
