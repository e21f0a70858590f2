package org.doorman.app.contacts;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class ContactsOnSqliteIntegrationTests extends ContactsIntegrationTests {}
