package org.doorman.app.contacts;

import java.time.Instant;
import java.util.Optional;

/** One stored contact of a member, with the messages the two exchanged in their requests. */
record ContactRow(String id, String name, Instant since, int messagesExchanged, Optional<Instant> lastMessage) {}
