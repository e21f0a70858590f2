package org.doorman.app.digest;

import org.doorman.app.testing.Databases;

class DigestNewcomersMigrationOnPostgresTests extends DigestNewcomersMigrationTests {

    @Override
    String freshDatabase() {
        return Databases.freshPostgresUrl();
    }
}
