package org.doorman.batch.linkedin;

import java.time.Instant;
import java.util.Optional;

/** One line of {@code Invitations.csv}: who invited whom, when, with which message, seen from the export's owner. */
public record Invitation(
        String from,
        String to,
        Optional<Instant> sentAt,
        String message,
        Direction direction,
        String inviterProfileUrl,
        String inviteeProfileUrl) {
    public Invitation {
        from = Text.orEmpty(from);
        to = Text.orEmpty(to);
        message = Text.orEmpty(message);
        inviterProfileUrl = Text.orEmpty(inviterProfileUrl);
        inviteeProfileUrl = Text.orEmpty(inviteeProfileUrl);
    }

    public enum Direction {
        INCOMING,
        OUTGOING
    }

    /** The other person of the invitation: the inviter of an incoming one, the invitee of an outgoing one. */
    public Person other() {
        return direction == Direction.INCOMING
                ? new Person(from, inviterProfileUrl)
                : new Person(to, inviteeProfileUrl);
    }

    /** Stays the same from one export to the next: the other person and the time. */
    public String key() {
        return direction.name().toLowerCase(java.util.Locale.ROOT) + ":" + other().key() + "@"
                + sentAt.map(Instant::toEpochMilli).orElse(0L);
    }
}
