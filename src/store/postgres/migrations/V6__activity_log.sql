-- The organizations' activity logs (see `ActivityRecord`): keyed as the
-- table of record kinds keys them, under their organization, in the order
-- the organization's changes were committed.
CREATE TABLE activity_log (
    organization_id UUID NOT NULL
        REFERENCES organizations (id) ON DELETE CASCADE,
    id UUID NOT NULL,
    record JSONB NOT NULL,
    PRIMARY KEY (organization_id, id)
);
