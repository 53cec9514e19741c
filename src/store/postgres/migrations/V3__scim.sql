-- SCIM: what identity providers keep about a domain's users, and the
-- domain's SCIM request log. Both go with their domain (and so with its
-- organization).

CREATE TABLE scim_users (
    domain_id UUID NOT NULL REFERENCES domains (id) ON DELETE CASCADE,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organization_id UUID NOT NULL
        REFERENCES organizations (id) ON DELETE CASCADE,
    record JSONB NOT NULL,
    PRIMARY KEY (domain_id, user_id)
);

CREATE TABLE scim_logs (
    id UUID PRIMARY KEY,
    domain_id UUID NOT NULL REFERENCES domains (id) ON DELETE CASCADE,
    record JSONB NOT NULL
);
-- UUIDv7 ids: a domain's log in time order.
CREATE INDEX scim_logs_by_domain ON scim_logs (domain_id, id);
