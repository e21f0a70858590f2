package org.doorman.app.events;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class EventsOnSqliteIntegrationTests extends EventsIntegrationTests {}
