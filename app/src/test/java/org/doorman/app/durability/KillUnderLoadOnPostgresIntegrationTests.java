package org.doorman.app.durability;

import org.doorman.app.testing.Databases;

class KillUnderLoadOnPostgresIntegrationTests extends KillUnderLoadIntegrationTests {

    @Override
    String freshDatabaseUrl() {
        return Databases.freshPostgresUrl();
    }
}
