package org.doorman.app.testing;

import java.time.Instant;
import java.util.Optional;
import org.doorman.app.events.EventId;
import org.doorman.app.meetings.Meetings;
import org.doorman.app.strategy.MemberStrategies;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.strategy.Strategy;

/** Neighbours of a capability under test, when their answers do not matter or are fixed by the test. */
public final class StandIns {

    /** Every member has the default strategy and counts self-declared attendance. */
    public static final MemberStrategies DEFAULT_STRATEGIES = strategies("default");

    /** Every member has the preset's strategy and counts self-declared attendance; nobody changes it. */
    public static MemberStrategies strategies(String preset) {
        return new MemberStrategies() {
            @Override
            public Strategy strategyOf(MemberId memberId) {
                return Strategy.preset(preset);
            }

            @Override
            public boolean confirmedAttendanceOnly(MemberId memberId) {
                return false;
            }

            @Override
            public void put(MemberId memberId, org.doorman.app.strategy.MemberStrategy strategy, Instant at) {
                throw new UnsupportedOperationException("a stand-in's strategies are fixed");
            }
        };
    }

    private StandIns() {}

    /** {@code a} and {@code b} met {@code count} times, as both see it; nobody else ever met. */
    public static Meetings meetings(String a, String b, int count) {
        return new Meetings() {
            @Override
            public int countBetween(MemberId x, MemberId y) {
                return (x.value().equals(a) && y.value().equals(b))
                                || (x.value().equals(b) && y.value().equals(a))
                        ? count
                        : 0;
            }

            @Override
            public int countRecognizedBy(MemberId x, MemberId y) {
                return countBetween(x, y);
            }

            @Override
            public int countRecognizedBy(
                    MemberId x, MemberId y, Optional<Instant> after, boolean confirmedAttendanceOnly) {
                return countBetween(x, y);
            }

            @Override
            public Optional<Instant> lastBetween(MemberId x, MemberId y) {
                return Optional.empty();
            }

            @Override
            public boolean attended(EventId eventId, MemberId memberId) {
                return false;
            }
        };
    }

    /** Nobody ever met. */
    public static Meetings noMeetings() {
        return meetings("", "", 0);
    }
}
