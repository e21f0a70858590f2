package org.doorman.app.strategy;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class StrategyOnSqliteIntegrationTests extends StrategyIntegrationTests {}
