package org.doorman.app.limits;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class RateLimitPagesOnSqliteIntegrationTests extends RateLimitPagesIntegrationTests {}
