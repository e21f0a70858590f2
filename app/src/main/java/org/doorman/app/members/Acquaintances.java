package org.doorman.app.members;

import java.time.Instant;
import java.util.List;
import org.doorman.core.lifecycle.MemberId;

/**
 * What the members capability knows of how a requester and a member are acquainted: the groups both belong to, and
 * whether the requester looked at the member's profile. Calls join the caller's transaction.
 */
public interface Acquaintances {

    /** The groups both belong to, by name, and whether the requester visited the member's profile up to {@code now}. */
    record Acquaintance(List<String> sharedGroups, boolean visitedProfile) {
        public Acquaintance {
            sharedGroups = List.copyOf(sharedGroups);
        }

        public static Acquaintance none() {
            return new Acquaintance(List.of(), false);
        }
    }

    /** How {@code requester} and {@code member} are acquainted as of {@code now}; a database answers in one statement. */
    Acquaintance between(MemberId requester, MemberId member, Instant now);
}
