package org.doorman.app.security;

import org.doorman.app.testing.Databases;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = Databases.Sqlite.class)
class AuthorizationMatrixOnSqliteIntegrationTests extends AuthorizationMatrixIntegrationTests {}
