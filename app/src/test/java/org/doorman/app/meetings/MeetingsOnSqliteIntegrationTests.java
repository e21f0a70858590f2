package org.doorman.app.meetings;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class MeetingsOnSqliteIntegrationTests extends MeetingsIntegrationTests {}
