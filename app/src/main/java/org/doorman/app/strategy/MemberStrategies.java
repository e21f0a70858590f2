package org.doorman.app.strategy;

import org.doorman.core.strategy.Strategy;

/** Each member's strategy, as they set it with {@code PUT /strategy}. Calls join the caller's transaction. */
public interface MemberStrategies {

    /** The member's strategy; the {@code default} preset when they never set one. */
    Strategy strategyOf(String memberId);

    /** Whether events count as meetings for the member only when the organiser confirmed the attendance. */
    boolean confirmedAttendanceOnly(String memberId);

    /** The strategies kept in a database, for a command that runs without the server. */
    static MemberStrategies jdbc(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new JdbcStrategies(jdbc);
    }
}
