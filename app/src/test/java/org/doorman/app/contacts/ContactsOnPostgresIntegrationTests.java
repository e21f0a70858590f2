package org.doorman.app.contacts;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Postgres.class)
class ContactsOnPostgresIntegrationTests extends ContactsIntegrationTests {}
