-- Bucket4j's token buckets, one row per limit and caller, so that every process on PostgreSQL takes from the same
-- bucket. SQLite (one process) keeps its buckets in memory and leaves this table empty.
CREATE TABLE rate_limit_buckets (
    id VARCHAR(300) PRIMARY KEY,
    state BYTEA,
    expires_at BIGINT
);

CREATE INDEX rate_limit_buckets_expiry ON rate_limit_buckets (expires_at);
