-- A member blocks another (org.doorman.app.members): the blocked member's requests are refused as if one were
-- pending, and the blocker's profile is not found for them. Nobody else sees a block.
CREATE TABLE member_blocks (
    blocker_id VARCHAR(40) NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    blocked_id VARCHAR(40) NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    blocked_at BIGINT      NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);
CREATE INDEX member_blocks_blocked ON member_blocks (blocked_id);
