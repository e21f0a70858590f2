package org.doorman.app.strategy;

import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.strategy.Strategy;

/** Each member's strategy, as they set it with {@code PUT /strategy}. Calls join the caller's transaction. */
public interface MemberStrategies {

    /** The member's strategy; the {@code default} preset when they never set one. */
    Strategy strategyOf(MemberId memberId);

    /** Whether events count as meetings for the member only when the organiser confirmed the attendance. */
    boolean confirmedAttendanceOnly(MemberId memberId);

    /** The member's strategy with their attendance setting; a database answers both in one statement. */
    default MemberStrategy of(MemberId memberId) {
        return new MemberStrategy(Optional.empty(), strategyOf(memberId), confirmedAttendanceOnly(memberId));
    }

    /**
     * Sets the member's strategy, as changed at {@code at}: the time the member's data export shows. The strategy page
     * and {@code PUT /strategy} pass the clock's time; the demo passes the day its members set theirs.
     */
    void put(MemberId memberId, MemberStrategy strategy, java.time.Instant at);

    /** The strategies kept in a database, for a command that runs without the server. */
    static MemberStrategies jdbc(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new JdbcStrategies(jdbc);
    }
}
