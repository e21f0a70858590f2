-- The request lifecycle (org.doorman.app.requests). Portable between SQLite and PostgreSQL.

-- When the clarifying question went out (empty when none was sent, e.g. within the repeat period), and when the
-- requester let it go unanswered until the deadline: one more sign of a contact collector.
ALTER TABLE contact_requests ADD COLUMN asked_at BIGINT;
ALTER TABLE contact_requests ADD COLUMN unanswered_at BIGINT;

-- At most one open request between the same sender and recipient, also when two arrive at once.
CREATE UNIQUE INDEX contact_requests_one_open ON contact_requests (sender_id, recipient_id)
    WHERE state NOT IN ('accepted', 'declined');

-- Due deadlines are found by state and time.
CREATE INDEX contact_requests_due ON contact_requests (state, deadline_at);

-- Outbox rows are one delivery of one event to one webhook; the event id is shared by the deliveries of an event
-- and sent along, so that a receiver can recognize a repeat. A delivery that kept failing is given up.
ALTER TABLE outbox ADD COLUMN event_id VARCHAR(40);
ALTER TABLE outbox ADD COLUMN gave_up_at BIGINT;
CREATE UNIQUE INDEX outbox_event_target ON outbox (event_id, target);
