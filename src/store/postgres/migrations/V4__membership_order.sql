-- Members are listed by when they joined: that time as a column of its
-- own, indexed under the organization, so that a page of a large
-- organization's members reads the page and not every member (the time
-- inside `record` cannot be indexed: its cast to a time is not
-- immutable). The record's time has nanoseconds, which a cast would
-- round; the column holds it cut to microseconds, as every write binds it.
ALTER TABLE memberships ADD COLUMN joined_at TIMESTAMPTZ;
UPDATE memberships SET joined_at = regexp_replace(
    record->>'joined_at', '(\.[0-9]{6})[0-9]+', '\1')::TIMESTAMPTZ;
ALTER TABLE memberships ALTER COLUMN joined_at SET NOT NULL;
CREATE INDEX memberships_by_joined
    ON memberships (organization_id, joined_at, user_id);

-- The counts of an index's entries under their first part, as the table
-- of record kinds (`src/store/kinds.rs`) counts them (the organizations
-- of a user, under `user_org_index`): kept in the transaction that adds
-- or removes an entry, so that a list's count is one read.
CREATE TABLE entry_counts (
    counter TEXT NOT NULL,
    id UUID NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (counter, id)
);
INSERT INTO entry_counts (counter, id, count)
SELECT 'user_org_index', user_id, count(*) FROM memberships GROUP BY user_id;
