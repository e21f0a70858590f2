package org.doorman.app.digest;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class DigestNewcomersOnSqliteIntegrationTests extends DigestNewcomersIntegrationTests {}
