package org.doorman.app.contacts;

import java.time.Instant;

/** A contact as {@code GET /contacts} shows it. */
record ContactView(
        String id, String name, Instant since, Instant lastInteraction, int messagesExchanged, int meetings) {}
