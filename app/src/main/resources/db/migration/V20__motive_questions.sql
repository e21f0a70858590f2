-- A member asks a contact what their motive for connecting was; the answer, or silence past the deadline, ranks the
-- contact among the candidates for silent removal. Nothing is removed without the member's click.
CREATE TABLE motive_questions (
    id            VARCHAR(40)  PRIMARY KEY,
    member_id     VARCHAR(40)  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    contact_id    VARCHAR(40)  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    body          TEXT         NOT NULL,
    asked_at      BIGINT       NOT NULL,
    deadline_at   BIGINT       NOT NULL,
    answer        TEXT,
    answered_at   BIGINT
);
CREATE INDEX motive_questions_member ON motive_questions (member_id, contact_id);
CREATE INDEX motive_questions_contact ON motive_questions (contact_id, answered_at);
