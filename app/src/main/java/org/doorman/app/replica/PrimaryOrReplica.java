package org.doorman.app.replica;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * The app's one DataSource when a replica is configured: connections come from the primary, except for the current
 * thread while {@link ReplicaReads} routes a read to the replica.
 */
final class PrimaryOrReplica extends AbstractRoutingDataSource implements AutoCloseable {

    private static final ThreadLocal<Boolean> ON_REPLICA = ThreadLocal.withInitial(() -> false);

    private final HikariDataSource primary;
    private final HikariDataSource replica;

    PrimaryOrReplica(HikariDataSource primary, HikariDataSource replica) {
        this.primary = primary;
        this.replica = replica;
        setTargetDataSources(Map.of(Target.PRIMARY, primary, Target.REPLICA, replica));
        setDefaultTargetDataSource(primary);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    enum Target {
        PRIMARY,
        REPLICA
    }

    /** Routes the current thread's next connections to the replica or the primary; answers the former routing. */
    static boolean routeToReplica(boolean toReplica) {
        boolean before = ON_REPLICA.get();
        ON_REPLICA.set(toReplica);
        return before;
    }

    static boolean readingFromReplica() {
        return ON_REPLICA.get();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return ON_REPLICA.get() ? Target.REPLICA : Target.PRIMARY;
    }

    HikariDataSource primary() {
        return primary;
    }

    @Override
    public void close() {
        replica.close();
        primary.close();
    }
}
