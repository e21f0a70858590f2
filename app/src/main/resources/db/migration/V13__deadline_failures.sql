-- A request whose due deadline cannot be acted on (a failure in its own transition) is retried with backoff instead
-- of stalling the others: how often it failed, and not before when it is tried again. Portable SQL.
ALTER TABLE contact_requests ADD COLUMN deadline_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contact_requests ADD COLUMN deadline_retry_at BIGINT;
