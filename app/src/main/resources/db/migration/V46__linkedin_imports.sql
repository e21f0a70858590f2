-- What a member imported from their LinkedIn data export (org.doorman.app.imports): one summary per member, the
-- pending incoming invitations as their strategy screened them, and the connections ranked for pruning. An import
-- replaces the member's earlier one whole; the digest tells that the same export brings nothing new.
CREATE TABLE linkedin_imports (
    member_id   VARCHAR(40)  PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    digest      VARCHAR(64)  NOT NULL,
    owner_name  VARCHAR(200) NOT NULL,
    invitations INTEGER      NOT NULL,
    connections INTEGER      NOT NULL,
    messages    INTEGER      NOT NULL,
    imported_at BIGINT       NOT NULL
);

CREATE TABLE linkedin_invitations (
    member_id      VARCHAR(40)  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    invitation_key VARCHAR(600) NOT NULL,
    ordinal         INTEGER      NOT NULL,
    name           VARCHAR(200) NOT NULL,
    profile_url    VARCHAR(500) NOT NULL,
    sent_at        BIGINT,
    message        TEXT         NOT NULL,
    category       VARCHAR(40)  NOT NULL,
    confidence     DOUBLE PRECISION NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    rule_id        VARCHAR(100) NOT NULL,
    rule           TEXT         NOT NULL,
    reason         TEXT         NOT NULL,
    PRIMARY KEY (member_id, invitation_key)
);

CREATE TABLE linkedin_connections (
    member_id      VARCHAR(40)  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    connection_key VARCHAR(600) NOT NULL,
    ordinal         INTEGER      NOT NULL,
    name           VARCHAR(200) NOT NULL,
    profile_url    VARCHAR(500) NOT NULL,
    company        VARCHAR(200) NOT NULL,
    job_title      VARCHAR(200) NOT NULL,
    connected_on   VARCHAR(10),
    score          INTEGER      NOT NULL,
    reasons        VARCHAR(200) NOT NULL,
    PRIMARY KEY (member_id, connection_key)
);
