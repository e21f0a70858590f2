package org.doorman.app.digest;

import org.doorman.app.testing.Databases;

class DigestNewcomersMigrationOnSqliteTests extends DigestNewcomersMigrationTests {

    @Override
    String freshDatabase() {
        return Databases.freshSqliteUrl();
    }
}
