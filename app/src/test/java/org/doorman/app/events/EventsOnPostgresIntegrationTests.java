package org.doorman.app.events;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Postgres.class)
class EventsOnPostgresIntegrationTests extends EventsIntegrationTests {}
