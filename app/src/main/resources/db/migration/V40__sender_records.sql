-- The senders capability's own record of every request, kept up to date as things happen (org.doorman.app.senders):
-- the text's MinHash fingerprint, whether it is a near copy of another one, whether the sender looked at the
-- recipient's profile first, whether the recipient is unusually well connected, the clarifying questions asked and
-- answered, the outcome and a recipient's report. Screening and the operator read it; nothing else writes it.
CREATE TABLE sender_requests (
    request_id         VARCHAR(40)  PRIMARY KEY,
    sender_id          VARCHAR(40)  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    recipient_id       VARCHAR(40)  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    sent_at            BIGINT       NOT NULL,
    fingerprint        VARCHAR(1024),
    near_identical     BOOLEAN      NOT NULL DEFAULT FALSE,
    visited_first      BOOLEAN      NOT NULL DEFAULT FALSE,
    well_connected     BOOLEAN      NOT NULL DEFAULT FALSE,
    questions_asked    INTEGER      NOT NULL DEFAULT 0,
    questions_answered INTEGER      NOT NULL DEFAULT 0,
    outcome            VARCHAR(20),
    reported           VARCHAR(20)
);
CREATE INDEX sender_requests_by_sender ON sender_requests (sender_id, sent_at);
CREATE INDEX sender_requests_by_time ON sender_requests (sent_at);

-- The first time a member looked at another's profile, as the members capability announces it.
CREATE TABLE sender_visits (
    visitor_id VARCHAR(40) NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    visited_id VARCHAR(40) NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    first_at   BIGINT      NOT NULL,
    PRIMARY KEY (visitor_id, visited_id)
);

-- What the operator (or enough reports) decided about a sender: warned, limited or suspended, and why.
CREATE TABLE sender_standings (
    sender_id  VARCHAR(40)  PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    standing   VARCHAR(20)  NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    changed_by VARCHAR(20)  NOT NULL,
    changed_at BIGINT       NOT NULL
);

-- The record starts with what happened before it existed (without fingerprints, which need the app).
INSERT INTO sender_visits (visitor_id, visited_id, first_at)
    SELECT visitor_id, visited_id, MIN(visited_at) FROM profile_visits GROUP BY visitor_id, visited_id;

INSERT INTO sender_requests (request_id, sender_id, recipient_id, sent_at, visited_first, questions_asked,
                             questions_answered, outcome)
    SELECT r.id, r.sender_id, r.recipient_id, r.sent_at,
           EXISTS (SELECT 1 FROM profile_visits v WHERE v.visitor_id = r.sender_id AND v.visited_id = r.recipient_id
                   AND v.visited_at <= r.sent_at),
           (SELECT COUNT(*) FROM request_messages q WHERE q.request_id = r.id AND q.kind = 'clarifying_question'),
           (SELECT COUNT(*) FROM request_messages q WHERE q.request_id = r.id AND q.kind = 'clarifying_question'
              AND EXISTS (SELECT 1 FROM request_messages a WHERE a.request_id = r.id AND a.author_id = r.sender_id
                          AND a.kind <> 'request' AND a.sent_at >= q.sent_at)),
           CASE WHEN r.state IN ('accepted', 'declined') THEN r.state END
    FROM contact_requests r;
