package org.doorman.app.contacts;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;

/**
 * The messages a member exchanged with others in their requests, as the requests capability (which owns them and
 * implements this) counts them: what either of the two wrote themselves in a request between them, not hidden ones.
 * Calls join the caller's transaction.
 */
public interface Exchanges {

    /** How many messages the two exchanged, and when the last was written. */
    record Exchange(int messages, Optional<Instant> last) {
        public static final Exchange NONE = new Exchange(0, Optional.empty());
    }

    /** Every member {@code member} exchanged a message with, and what they exchanged. */
    Map<MemberId, Exchange> of(MemberId member);
}
