-- Members who came to have an e-mail address, as the members capability announces it (org.doorman.app.digest): they
-- wait here until a digest round gives them the default schedule, oldest first. Portable between SQLite and PostgreSQL.
CREATE TABLE digest_newcomers (
    member_id  VARCHAR(40)  PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    since      BIGINT       NOT NULL
);
CREATE INDEX digest_newcomers_oldest ON digest_newcomers (since, member_id);

-- The queue starts with whom the digest's sweep of the members table would have found: an address and no schedule.
INSERT INTO digest_newcomers (member_id, since)
SELECT m.id, m.created_at FROM members m
WHERE m.email IS NOT NULL AND NOT EXISTS (SELECT 1 FROM digest_settings d WHERE d.member_id = m.id);
