package org.doorman.app.webhooks;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class WebhooksOnSqliteIntegrationTests extends WebhooksIntegrationTests {}
