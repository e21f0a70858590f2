-- API tokens a member can see and revoke: an id to name one by (never the token), an optional name and expiry, and
-- when it was last used (updated at most once a minute). Revoking deletes the row. Portable SQL.
ALTER TABLE api_tokens ADD COLUMN id VARCHAR(40);
ALTER TABLE api_tokens ADD COLUMN name VARCHAR(100);
ALTER TABLE api_tokens ADD COLUMN expires_at BIGINT;
ALTER TABLE api_tokens ADD COLUMN last_used_at BIGINT;
UPDATE api_tokens SET id = 'tok_' || substr(token_hash, 1, 24);
CREATE UNIQUE INDEX api_tokens_id ON api_tokens (id);
