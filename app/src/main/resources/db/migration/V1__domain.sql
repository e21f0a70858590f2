-- The whole domain, in SQL that SQLite and PostgreSQL share.
-- Ids are opaque, time-ordered strings made by the app; instants are epoch milliseconds (BIGINT);
-- lists of profile terms are JSON arrays in TEXT. Every table that belongs to one member's inbox
-- carries the recipient's member id, the column a sharded deployment would distribute on.

CREATE TABLE members (
    id            VARCHAR(40)  PRIMARY KEY,
    handle        VARCHAR(64)  NOT NULL UNIQUE,
    name          VARCHAR(200) NOT NULL,
    language      VARCHAR(2)   NOT NULL,
    headline      VARCHAR(300),
    about         TEXT,
    offers        TEXT         NOT NULL DEFAULT '[]',
    seeks         TEXT         NOT NULL DEFAULT '[]',
    interests     TEXT         NOT NULL DEFAULT '[]',
    company       VARCHAR(200),
    email         VARCHAR(320),
    created_at    BIGINT       NOT NULL
);

CREATE TABLE credentials (
    member_id     VARCHAR(40)  PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    password_hash VARCHAR(200)
);

CREATE TABLE api_tokens (
    token_hash    VARCHAR(64)  PRIMARY KEY,
    member_id     VARCHAR(40)  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    created_at    BIGINT       NOT NULL
);
CREATE INDEX api_tokens_member ON api_tokens (member_id);

CREATE TABLE member_groups (
    id            VARCHAR(40)  PRIMARY KEY,
    name          VARCHAR(200) NOT NULL UNIQUE
);

CREATE TABLE memberships (
    group_id      VARCHAR(40)  NOT NULL REFERENCES member_groups (id) ON DELETE CASCADE,
    member_id     VARCHAR(40)  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    joined_at     BIGINT       NOT NULL,
    PRIMARY KEY (group_id, member_id)
);
CREATE INDEX memberships_member ON memberships (member_id);

CREATE TABLE strategies (
    member_id     VARCHAR(40)  PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    preset        VARCHAR(40),
    rules         TEXT,
    updated_at    BIGINT       NOT NULL
);

CREATE TABLE message_templates (
    member_id     VARCHAR(40)  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    purpose       VARCHAR(40)  NOT NULL,
    language      VARCHAR(2)   NOT NULL,
    body          TEXT         NOT NULL,
    updated_at    BIGINT       NOT NULL,
    PRIMARY KEY (member_id, purpose, language)
);

CREATE TABLE contact_requests (
    id            VARCHAR(40)  PRIMARY KEY,
    sender_id     VARCHAR(40)  NOT NULL REFERENCES members (id),
    recipient_id  VARCHAR(40)  NOT NULL REFERENCES members (id),
    message       TEXT,
    language      VARCHAR(8),
    sent_at       BIGINT       NOT NULL,
    state         VARCHAR(20)  NOT NULL,
    category      VARCHAR(20),
    confidence    DOUBLE PRECISION,
    action        VARCHAR(30),
    rule_id       VARCHAR(60),
    rule          VARCHAR(300),
    explanation   TEXT,
    decided_at    BIGINT,
    decided_by    VARCHAR(80),
    deadline_at   BIGINT,
    meetings_required INTEGER,
    version       INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX contact_requests_inbox ON contact_requests (recipient_id, sent_at);
CREATE INDEX contact_requests_sender ON contact_requests (sender_id, sent_at);
CREATE INDEX contact_requests_deadline ON contact_requests (deadline_at);

CREATE TABLE request_signals (
    request_id    VARCHAR(40)  NOT NULL REFERENCES contact_requests (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    name          VARCHAR(60)  NOT NULL,
    weight        DOUBLE PRECISION NOT NULL,
    evidence      TEXT,
    PRIMARY KEY (request_id, position)
);

CREATE TABLE request_messages (
    id            VARCHAR(40)  PRIMARY KEY,
    request_id    VARCHAR(40)  NOT NULL REFERENCES contact_requests (id) ON DELETE CASCADE,
    author_id     VARCHAR(40)  NOT NULL REFERENCES members (id),
    kind          VARCHAR(30)  NOT NULL,
    body          TEXT         NOT NULL,
    sent_at       BIGINT       NOT NULL
);
CREATE INDEX request_messages_request ON request_messages (request_id, sent_at);

CREATE TABLE events (
    id            VARCHAR(40)  PRIMARY KEY,
    title         VARCHAR(300) NOT NULL,
    starts_at     BIGINT       NOT NULL,
    location      VARCHAR(300),
    official      BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX events_starts ON events (starts_at);

CREATE TABLE event_attendance (
    event_id      VARCHAR(40)  NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    member_id     VARCHAR(40)  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, member_id)
);

CREATE TABLE meetings (
    id            VARCHAR(40)  PRIMARY KEY,
    member_id     VARCHAR(40)  NOT NULL REFERENCES members (id),
    other_id      VARCHAR(40)  NOT NULL REFERENCES members (id),
    met_at        BIGINT       NOT NULL,
    event_id      VARCHAR(40)  REFERENCES events (id),
    recorded_at   BIGINT       NOT NULL
);
CREATE INDEX meetings_pair ON meetings (member_id, other_id);

CREATE TABLE contacts (
    member_id     VARCHAR(40)  NOT NULL REFERENCES members (id),
    contact_id    VARCHAR(40)  NOT NULL REFERENCES members (id),
    since         BIGINT       NOT NULL,
    request_id    VARCHAR(40)  REFERENCES contact_requests (id),
    PRIMARY KEY (member_id, contact_id)
);

CREATE TABLE profile_visits (
    id            VARCHAR(40)  PRIMARY KEY,
    visitor_id    VARCHAR(40)  NOT NULL REFERENCES members (id),
    visited_id    VARCHAR(40)  NOT NULL REFERENCES members (id),
    visited_at    BIGINT       NOT NULL
);
CREATE INDEX profile_visits_pair ON profile_visits (visited_id, visitor_id, visited_at);

CREATE TABLE follow_up_tasks (
    id            VARCHAR(40)  PRIMARY KEY,
    member_id     VARCHAR(40)  NOT NULL REFERENCES members (id),
    request_id    VARCHAR(40)  REFERENCES contact_requests (id),
    contact_id    VARCHAR(40)  REFERENCES members (id),
    title         TEXT         NOT NULL,
    due_at        BIGINT       NOT NULL,
    remind_at     BIGINT,
    done_at       BIGINT,
    created_at    BIGINT       NOT NULL
);
CREATE INDEX follow_up_tasks_member ON follow_up_tasks (member_id, due_at);

CREATE TABLE audit_trail (
    id            VARCHAR(40)  PRIMARY KEY,
    member_id     VARCHAR(40)  NOT NULL REFERENCES members (id),
    request_id    VARCHAR(40)  REFERENCES contact_requests (id),
    at            BIGINT       NOT NULL,
    actor         VARCHAR(120) NOT NULL,
    step          VARCHAR(60)  NOT NULL,
    detail        TEXT
);
CREATE INDEX audit_trail_request ON audit_trail (request_id, at);

CREATE TABLE webhooks (
    id            VARCHAR(40)  PRIMARY KEY,
    url           VARCHAR(2000) NOT NULL,
    secret        VARCHAR(200) NOT NULL,
    created_at    BIGINT       NOT NULL
);

CREATE TABLE outbox (
    id            VARCHAR(40)  PRIMARY KEY,
    kind          VARCHAR(40)  NOT NULL,
    target        VARCHAR(2000),
    payload       TEXT         NOT NULL,
    created_at    BIGINT       NOT NULL,
    due_at        BIGINT       NOT NULL,
    attempts      INTEGER      NOT NULL DEFAULT 0,
    claimed_by    VARCHAR(80),
    claimed_until BIGINT,
    delivered_at  BIGINT,
    last_error    TEXT
);
CREATE INDEX outbox_due ON outbox (delivered_at, due_at);
