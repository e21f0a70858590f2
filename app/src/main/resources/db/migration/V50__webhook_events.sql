-- Webhooks (org.doorman.app.webhooks). Portable between SQLite and PostgreSQL.

-- One row per event, written in the transaction of the change it announces, without looking at the webhooks: the
-- relay fans it out to the webhooks registered before it was written (emitted_at, by the clock that dates the
-- webhooks; created_at is the time of the change, which a caller may set), one outbox row per webhook (the
-- delivery), and marks it fanned out, in one transaction. Kept with the deliveries for the retention period.
CREATE TABLE webhook_events (
    id             VARCHAR(40)  PRIMARY KEY,
    kind           VARCHAR(40)  NOT NULL,
    payload        TEXT         NOT NULL,
    created_at     BIGINT       NOT NULL,
    due_at         BIGINT       NOT NULL,
    emitted_at     BIGINT       NOT NULL,
    fanned_out_at  BIGINT
);
CREATE INDEX webhook_events_waiting ON webhook_events (created_at) WHERE fanned_out_at IS NULL;
