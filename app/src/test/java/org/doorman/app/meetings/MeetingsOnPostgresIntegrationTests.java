package org.doorman.app.meetings;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Postgres.class)
class MeetingsOnPostgresIntegrationTests extends MeetingsIntegrationTests {}
