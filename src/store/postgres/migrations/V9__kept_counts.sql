-- Every list that can grow large reads its count from `entry_counts` and
-- its page from an index in the list's order, so that neither grows with
-- the list (the table of record kinds, `src/store/kinds.rs`, names each
-- count: `KeptCount`).

-- The user's organizations, counted as before, under the count's name.
UPDATE entry_counts SET counter = 'organizations_of_user'
    WHERE counter = 'user_org_index';
DELETE FROM entry_counts WHERE count = 0;

INSERT INTO entry_counts (counter, id, count)
SELECT 'invites_of_organization', organization_id, count(*)
    FROM invites GROUP BY organization_id;
INSERT INTO entry_counts (counter, id, count)
SELECT 'roles_of_organization', organization_id, count(*)
    FROM roles GROUP BY organization_id;
INSERT INTO entry_counts (counter, id, count)
SELECT 'members_of_role', role_id, count(*)
    FROM role_members GROUP BY role_id;
INSERT INTO entry_counts (counter, id, count)
SELECT 'domains_of_organization', organization_id, count(*)
    FROM domains GROUP BY organization_id;
INSERT INTO entry_counts (counter, id, count)
SELECT 'scim_users_of_domain', domain_id, count(*)
    FROM scim_users GROUP BY domain_id;

-- Roles and domains are listed in byte order of their names, as sled
-- orders them, whatever the database's collation.
CREATE INDEX roles_by_name ON roles (organization_id, name_key COLLATE "C");
CREATE INDEX domains_by_name ON domains (organization_id, domain COLLATE "C");

-- A role's members are listed by when they joined it, then by the role
-- membership's id: both as columns of their own (as memberships'
-- `joined_at`, cut to microseconds as every write binds it), indexed
-- under the role.
ALTER TABLE role_members ADD COLUMN joined_at TIMESTAMPTZ;
ALTER TABLE role_members ADD COLUMN member_id UUID;
UPDATE role_members SET
    joined_at = regexp_replace(
        record->>'joined_at', '(\.[0-9]{6})[0-9]+', '\1')::TIMESTAMPTZ,
    member_id = (record->>'id')::UUID;
ALTER TABLE role_members ALTER COLUMN joined_at SET NOT NULL;
ALTER TABLE role_members ALTER COLUMN member_id SET NOT NULL;
CREATE INDEX role_members_by_joined
    ON role_members (organization_id, role_id, joined_at, member_id);
