package org.doorman.app.contacts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.lifecycle.RequestId;

/**
 * The confirmed contacts between members. Confirming acts on both directions; a removal is silent and one-sided: the
 * member's side goes, the removed person keeps theirs (so that nothing they see changes), and the removal is recorded
 * so that it counts as a decline. Calls join the caller's transaction.
 */
public interface Contacts {

    /**
     * Confirms the contact in both directions, made by {@code requestId} (null for a contact seeded without a request);
     * confirming an existing contact again changes nothing.
     */
    void confirm(MemberId memberId, MemberId otherId, RequestId requestId, Instant at);

    /** How many contacts the member has. */
    int count(MemberId memberId);

    /**
     * How many contacts the member at {@code percentile} (in (0,1]) of the network has, by nearest rank: at least that
     * share of all members have as many or fewer. Members without contacts count with none.
     */
    int countAtPercentile(double percentile);

    /** Whether the two members are contacts. */
    boolean connected(MemberId a, MemberId b);

    /**
     * Removes {@code otherId} from {@code memberId}'s contacts without telling anyone, and records when; false (and
     * nothing recorded) when there was no such contact.
     */
    boolean remove(MemberId memberId, MemberId otherId, Instant at);

    /** When {@code memberId} last removed {@code otherId} from their contacts, if ever. */
    Optional<Instant> removedAt(MemberId memberId, MemberId otherId);

    /**
     * How a member stands to another: whether the member has the other among their contacts, whether the other has the
     * member (a silent removal is one-sided), and when the member last removed the other.
     */
    record Relation(boolean memberHasOther, boolean otherHasMember, Optional<Instant> removedAt) {
        public Relation {
            Objects.requireNonNull(removedAt, "removedAt");
        }
    }

    /** How {@code memberId} stands to {@code otherId}; a database answers it in one statement. */
    default Relation relation(MemberId memberId, MemberId otherId) {
        return new Relation(connected(memberId, otherId), connected(otherId, memberId), removedAt(memberId, otherId));
    }

    /** How many contacts the two members have in common. */
    int mutualContacts(MemberId a, MemberId b);

    /** How a member stands to another, with the contacts both have in common. */
    record Standing(Relation relation, int mutualContacts) {
        public Standing {
            Objects.requireNonNull(relation, "relation");
        }
    }

    /** How {@code member} stands to {@code other} with their mutual contacts; a database answers it in one statement. */
    default Standing standing(MemberId member, MemberId other) {
        return new Standing(relation(member, other), mutualContacts(member, other));
    }
}
