package org.doorman.app.contacts;

import java.time.Instant;
import java.util.Optional;
import org.doorman.core.lifecycle.MemberId;

/** One stored contact of a member, with the messages the two exchanged in their requests. */
record ContactRow(MemberId id, String name, Instant since, int messagesExchanged, Optional<Instant> lastMessage) {}
