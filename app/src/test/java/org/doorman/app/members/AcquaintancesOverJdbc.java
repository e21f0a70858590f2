package org.doorman.app.members;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The acquaintances adapter for tests of other packages that run on a database without Spring. */
public final class AcquaintancesOverJdbc {

    private AcquaintancesOverJdbc() {}

    public static Acquaintances of(JdbcClient jdbc) {
        return new JdbcAcquaintances(jdbc);
    }
}
