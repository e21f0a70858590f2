-- The daily or weekly digest by e-mail (org.doorman.app.digest) and erasure (org.doorman.app.privacy).
-- Portable between SQLite and PostgreSQL.

-- One row per member who has an e-mail address: when the digest goes out and how the last one went. A row is claimed
-- like a deadline (next_due_at), and sending it is recorded in the same transaction (last_sent_at, digest_log).
CREATE TABLE digest_settings (
    member_id     VARCHAR(40)  PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    frequency     VARCHAR(10)  NOT NULL,
    local_time    VARCHAR(5)   NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    weekday       VARCHAR(10)  NOT NULL,
    next_due_at   BIGINT,
    last_sent_at  BIGINT,
    attempts      INTEGER      NOT NULL DEFAULT 0,
    last_error    TEXT,
    updated_at    BIGINT       NOT NULL
);
CREATE INDEX digest_settings_due ON digest_settings (next_due_at);

-- Every digest sent, with how many items it held: the record that it went out.
CREATE TABLE digest_log (
    id            VARCHAR(40)  PRIMARY KEY,
    member_id     VARCHAR(40)  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    sent_at       BIGINT       NOT NULL,
    items         INTEGER      NOT NULL
);
CREATE INDEX digest_log_member ON digest_log (member_id, sent_at);

-- Keys the app makes once and every process shares, e.g. the one that signs the one-click unsubscribe links.
CREATE TABLE app_secrets (
    name          VARCHAR(60)  PRIMARY KEY,
    secret        VARCHAR(200) NOT NULL
);
