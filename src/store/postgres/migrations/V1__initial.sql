-- orgbase's first schema. Released migrations are never edited: a change
-- is a new file with the next version.
--
-- Each table keeps the record as the application sees it (`record`, JSON)
-- beside the columns that the database itself must enforce: keys, unique
-- names, and the foreign keys that remove what lives under an
-- organization, a role or a user with it.

CREATE TABLE users (
    id UUID PRIMARY KEY,
    -- The email address lowercased: unique.
    email_key TEXT NOT NULL CONSTRAINT users_email_unique UNIQUE,
    record JSONB NOT NULL
);

CREATE TABLE api_keys (
    id UUID PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- `sha256$<hex>` of the key.
    secure_value TEXT NOT NULL UNIQUE,
    record JSONB NOT NULL
);
CREATE INDEX api_keys_by_user ON api_keys (user_id, id);

CREATE TABLE organizations (
    id UUID PRIMARY KEY,
    slug TEXT NOT NULL CONSTRAINT organizations_slug_unique UNIQUE,
    record JSONB NOT NULL
);

CREATE TABLE memberships (
    organization_id UUID NOT NULL
        REFERENCES organizations (id) ON DELETE CASCADE,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    record JSONB NOT NULL,
    PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX memberships_by_user ON memberships (user_id, organization_id);

CREATE TABLE invites (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL
        REFERENCES organizations (id) ON DELETE CASCADE,
    record JSONB NOT NULL
);
CREATE INDEX invites_by_organization ON invites (organization_id, id);

CREATE TABLE roles (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL
        REFERENCES organizations (id) ON DELETE CASCADE,
    -- The name by `names::comparison_key`: unique in the organization.
    name_key TEXT NOT NULL,
    record JSONB NOT NULL,
    CONSTRAINT roles_name_unique UNIQUE (organization_id, name_key)
);

CREATE TABLE role_members (
    organization_id UUID NOT NULL,
    role_id UUID NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    user_id UUID NOT NULL,
    record JSONB NOT NULL,
    CONSTRAINT role_members_unique PRIMARY KEY (role_id, user_id),
    FOREIGN KEY (organization_id, user_id)
        REFERENCES memberships (organization_id, user_id) ON DELETE CASCADE
);

CREATE TABLE cimd_tokens (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL
        REFERENCES organizations (id) ON DELETE CASCADE,
    secure_value TEXT NOT NULL UNIQUE,
    record JSONB NOT NULL
);
CREATE INDEX cimd_tokens_by_organization ON cimd_tokens (organization_id, id);

CREATE TABLE domains (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL
        REFERENCES organizations (id) ON DELETE CASCADE,
    -- Lowercase: unique across all organizations.
    domain TEXT NOT NULL CONSTRAINT domains_domain_unique UNIQUE,
    record JSONB NOT NULL
);
CREATE INDEX domains_by_organization ON domains (organization_id, id);

-- Project and environment ids.
CREATE SEQUENCE numeric_ids;
