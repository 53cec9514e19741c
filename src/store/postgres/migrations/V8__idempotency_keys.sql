-- Each user's idempotency keys (see `IdempotencyRecord`): keyed as the
-- table of record kinds keys them. A key expires after a day; the store
-- removes the expired ones as it goes.
CREATE TABLE idempotency_keys (
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    id UUID NOT NULL,
    record JSONB NOT NULL,
    PRIMARY KEY (user_id, id)
);
