-- Meetings count the official events two members both attended. So that counting asks no other capability's table,
-- each attendance keeps what the count needs of its event: whether the network runs it officially and when it began.
-- Events do not change once announced, so the copy cannot go stale.
ALTER TABLE event_attendance ADD COLUMN event_official BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE event_attendance ADD COLUMN event_starts_at BIGINT NOT NULL DEFAULT 0;
UPDATE event_attendance
SET event_official = (SELECT e.official FROM events e WHERE e.id = event_attendance.event_id),
    event_starts_at = (SELECT e.starts_at FROM events e WHERE e.id = event_attendance.event_id);
