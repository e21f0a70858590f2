package org.doorman.app.durability;

import org.doorman.app.testing.Databases;

class KillUnderLoadOnSqliteIntegrationTests extends KillUnderLoadIntegrationTests {

    @Override
    String freshDatabaseUrl() {
        return Databases.freshSqliteUrl();
    }
}
