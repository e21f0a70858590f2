package org.doorman.batch.linkedin;

import java.util.List;
import java.util.Optional;

/**
 * What one LinkedIn data export ("Get a copy of your data") holds that Doorman reads: the owner's profile when the
 * export has one, the invitations, the connections and the messages.
 */
public record LinkedInExport(
        Optional<ExportProfile> profile,
        List<Invitation> invitations,
        List<Connection> connections,
        List<Message> messages) {
    public LinkedInExport {
        invitations = List.copyOf(invitations);
        connections = List.copyOf(connections);
        messages = List.copyOf(messages);
    }

    /** The owner as {@code Profile.csv} names them; empty without one. */
    public String ownerName() {
        return profile.map(ExportProfile::name).orElse("");
    }
}
