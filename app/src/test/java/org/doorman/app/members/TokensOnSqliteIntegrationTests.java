package org.doorman.app.members;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class TokensOnSqliteIntegrationTests extends TokensIntegrationTests {}
