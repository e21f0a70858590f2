package org.doorman.app.members;

import java.util.Map;
import org.doorman.core.lifecycle.MemberId;

/**
 * Settings of a member that another capability keeps (the digest, say), shown by {@code GET /me} and changed by
 * {@code PUT /me} under {@link #name()}, so that one call reads and changes all of a member's own settings.
 */
public interface OwnSettings {

    /** The field of {@code /me} that holds these settings. */
    String name();

    /** The member's settings as they are, for {@code GET /me}. */
    Object shown(MemberId memberId);

    /**
     * Changes the settings from the fields given (a missing one stays as it is); refuses bad input with an
     * {@link IllegalArgumentException} that names the field, and then changes nothing.
     */
    Object changeFrom(MemberId memberId, Map<String, String> fields);
}
