-- What a project keeps beside its entry on its organization (see
-- `ProjectSettingsRecord`): keyed as the table of record kinds keys it,
-- under its organization and its environment's UUID.
CREATE TABLE project_settings (
    organization_id UUID NOT NULL
        REFERENCES organizations (id) ON DELETE CASCADE,
    id UUID NOT NULL,
    record JSONB NOT NULL,
    PRIMARY KEY (organization_id, id)
);
