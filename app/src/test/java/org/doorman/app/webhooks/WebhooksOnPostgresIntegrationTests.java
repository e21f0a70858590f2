package org.doorman.app.webhooks;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Postgres.class)
class WebhooksOnPostgresIntegrationTests extends WebhooksIntegrationTests {}
