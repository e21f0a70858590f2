package org.doorman.app.webhooks;

/**
 * One event on its way to one webhook, as claimed from the outbox: the URL and secret are read at the claim, so that a
 * rotated secret signs pending retries too; both are null when the webhook was removed meanwhile.
 */
record Delivery(String id, String eventId, String type, String payload, int attempts, String url, String secret) {}
