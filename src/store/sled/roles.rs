//! Roles and role memberships. A role's name is unique in its
//! organization through the `role_name/` index, checked in the same
//! transaction as the write; every change bumps the organization's
//! revision, and a member's roles are mirrored on their membership record
//! so that removing the member removes the assignments at once.

use super::layout::decode;
use super::layout::joined_place;
use super::layout::key;
use super::layout::uuid_from;
use super::layout::ROLE;
use super::layout::ROLE_MEMBER;
use super::layout::ROLE_NAME;
use super::layout::ROLE_NAMES_CURRENT;

use super::layout::ROLE_MEMBER_JOINED;
use super::records::RoleMembershipRecord;
use super::records::RoleRecord;
use super::SledStore;
use super::StoreError;
use crate::names;
use crate::page::JoinedPlace;
use crate::page::Start;
use uuid::Uuid;

pub(super) fn role_key(organization_id: Uuid, role_id: Uuid) -> Vec<u8> {
    key(ROLE, &[organization_id.as_bytes(), role_id.as_bytes()])
}

/// The name index entry of a role: names compare by
/// [`names::comparison_key`], so look-alikes collide.
pub(super) fn role_name_key(organization_id: Uuid, name: &str) -> Vec<u8> {
    key(
        ROLE_NAME,
        &[organization_id.as_bytes(), names::comparison_key(name).as_bytes()],
    )
}

pub(super) fn role_member_key(
    organization_id: Uuid,
    role_id: Uuid,
    user_id: Uuid,
) -> Vec<u8> {
    key(
        ROLE_MEMBER,
        &[organization_id.as_bytes(), role_id.as_bytes(), user_id.as_bytes()],
    )
}

impl SledStore {
    /// A page of the organization's roles, by name: through the
    /// `role_name/` index, which is in that order, from `start` (after a
    /// name's comparison key).
    pub fn role_list_page(
        &self,
        organization_id: Uuid,
        start: Start<String>,
        limit: u64,
    ) -> Result<Vec<RoleRecord>, StoreError> {
        let prefix = key(ROLE_NAME, &[organization_id.as_bytes()]);
        let start = start.map(String::into_bytes);
        self.records_from(&prefix, false, start, limit, |_, role_id| {
            Ok(role_key(organization_id, uuid_from(role_id)?))
        })
    }

    /// A page of a role's memberships, oldest first, through the
    /// `role_member_joined/` index, from `start`.
    pub fn role_member_list_page(
        &self,
        organization_id: Uuid,
        role_id: Uuid,
        start: Start<JoinedPlace>,
        limit: u64,
    ) -> Result<Vec<RoleMembershipRecord>, StoreError> {
        let prefix = key(
            ROLE_MEMBER_JOINED,
            &[organization_id.as_bytes(), role_id.as_bytes()],
        );
        let start = start.map(|place| joined_place(&place));
        self.records_from(&prefix, false, start, limit, |_, user_id| {
            Ok(role_member_key(organization_id, role_id, uuid_from(user_id)?))
        })
    }

    /// Every membership of these roles, each role's oldest first.
    pub fn role_members_of(
        &self,
        organization_id: Uuid,
        role_ids: &[Uuid],
    ) -> Result<Vec<RoleMembershipRecord>, StoreError> {
        let mut members = Vec::new();
        for role_id in role_ids {
            members.extend(self.role_member_list_page(
                organization_id,
                *role_id,
                Start::Offset(0),
                u64::MAX,
            )?);
        }
        Ok(members)
    }
}

impl SledStore {
    /// Rebuilds the `role_name/` index when it was written by an older
    /// comparison of names (lowercasing): once, at open, before any
    /// request (`role_names` then marks the store's index as current). Two
    /// roles whose names only now compare equal keep their records; the
    /// older one keeps the name, and `orgbase check` reports the other for
    /// an operator to rename.
    pub(super) fn role_names_reindex(&self) -> Result<(), StoreError> {
        if self.db.contains_key(ROLE_NAMES_CURRENT)? {
            return Ok(());
        }
        let mut wanted = std::collections::BTreeMap::new();
        for value in self.db.scan_prefix(ROLE).values() {
            let role: RoleRecord = decode(&value?)?;
            let entry = role_name_key(role.organization_id, &role.name);
            match wanted.entry(entry) {
                std::collections::btree_map::Entry::Vacant(slot) => {
                    slot.insert(role);
                }
                std::collections::btree_map::Entry::Occupied(slot) => {
                    slog::warn!(self.log, "two roles' names compare equal";
                        "organization_id" => %role.organization_id,
                        "kept" => %slot.get().id, "other" => %role.id);
                }
            }
        }
        let current: Vec<sled::IVec> = self.scan_keys(ROLE_NAME)?;
        let up_to_date = current.len() == wanted.len()
            && current.iter().all(|entry| wanted.contains_key(&entry[..]));
        let mut batch = sled::Batch::default();
        if !up_to_date {
            for entry in &current {
                batch.remove(entry);
            }
            for (entry, role) in &wanted {
                batch.insert(entry.as_slice(), role.id.as_bytes().as_slice());
            }
            slog::info!(self.log, "rebuilt the role name index";
                "roles" => wanted.len());
        }
        batch.insert(ROLE_NAMES_CURRENT, &[]);
        self.db.apply_batch(batch)?;
        self.db.flush()?;
        Ok(())
    }
}
