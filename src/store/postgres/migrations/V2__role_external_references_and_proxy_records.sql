-- Role external references and proxy records.

CREATE TABLE role_external_references (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL
        REFERENCES organizations (id) ON DELETE CASCADE,
    role_id UUID NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    -- The record's `id_key` and `slug_key` (provider, provider
    -- organization and role id or slug, case-folded): each unique in the
    -- organization. A reference without a slug has no `slug_key`.
    id_key TEXT NOT NULL,
    slug_key TEXT,
    record JSONB NOT NULL,
    CONSTRAINT role_external_references_id_unique
        UNIQUE (organization_id, id_key),
    CONSTRAINT role_external_references_slug_unique
        UNIQUE (organization_id, slug_key)
);
CREATE INDEX role_external_references_by_organization
    ON role_external_references (organization_id, id);

CREATE TABLE proxy_records (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL
        REFERENCES organizations (id) ON DELETE CASCADE,
    -- Lowercase: unique across all organizations.
    domain TEXT NOT NULL CONSTRAINT proxy_records_domain_unique UNIQUE,
    -- The record's `status` and `next_check_at`, for the provisioning
    -- task's query of what is due.
    status TEXT NOT NULL,
    next_check_at TIMESTAMPTZ NOT NULL,
    record JSONB NOT NULL
);
CREATE INDEX proxy_records_by_organization ON proxy_records (organization_id, id);
CREATE INDEX proxy_records_due ON proxy_records (next_check_at)
    WHERE status IN ('waiting', 'deleting');
