-- Trust (issue 10): a decision that cannot be gamed and a decline that does not show. Portable SQL.

-- A silent removal: the member took the other out of their contacts at removed_at. The removed side keeps its own
-- row in contacts (they are not shown the removal); for the member, the removal counts as a decline.
CREATE TABLE contact_removals (
    member_id     VARCHAR(40)  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    removed_id    VARCHAR(40)  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    removed_at    BIGINT       NOT NULL,
    PRIMARY KEY (member_id, removed_id)
);

-- A message the requester wrote after a decline or removal: kept and shown to its author, never to the member.
ALTER TABLE request_messages ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE;

-- Events end; attendance is marked between start and end, and the organiser may confirm it.
ALTER TABLE events ADD COLUMN ends_at BIGINT;
UPDATE events SET ends_at = starts_at + 86400000;
ALTER TABLE event_attendance ADD COLUMN confirmed BOOLEAN NOT NULL DEFAULT FALSE;

-- A member's strategy may count only attendance the organiser confirmed.
ALTER TABLE strategies ADD COLUMN confirmed_attendance BOOLEAN NOT NULL DEFAULT FALSE;

-- The last decline between two members is looked up on every request.
CREATE INDEX contact_requests_pair ON contact_requests (sender_id, recipient_id, decided_at);
