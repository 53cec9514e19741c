//! Roles and role memberships. A role's name is unique in its
//! organization through the `role_name/` index, checked in the same
//! transaction as the write; every change bumps the organization's
//! revision, and a member's roles are mirrored on their membership record
//! so that removing the member removes the assignments at once.

use super::abort;
use super::decode;
use super::encode;
use super::key;
use super::members::guard_check;
use super::members::organization_if_unchanged;
use super::members::touch_organization;
use super::members::write_organization;
use super::order::role_member_joined_key;
use super::order::ROLE_MEMBER_JOINED;
use super::records::MembershipRecord;
use super::records::RoleMembershipRecord;
use super::records::RoleRecord;
use super::tx_get;
use super::uuid_from;
use super::SledStore;
use super::StoreError;
use super::TxResult;
use super::MEMBER;
use super::ROLE;
use super::ROLE_MEMBER;
use super::ROLE_NAME;
use super::ROLE_NAMES_CURRENT;
use crate::names;
use crate::page::Page;
use crate::store::role_synced;
use crate::store::Guard;
use crate::store::RoleSync;
use sled::transaction::TransactionalTree;
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

/// Claims `name` for `role_id` in the organization's name index.
fn claim_role_name(
    tx: &TransactionalTree,
    organization_id: Uuid,
    name: &str,
    role_id: Uuid,
) -> TxResult<()> {
    let name_key = role_name_key(organization_id, name);
    if tx.get(&name_key)?.is_some() {
        return Err(abort(StoreError::RoleNameTaken));
    }
    tx.insert(name_key, role_id.as_bytes().as_slice())?;
    Ok(())
}

/// Writes a role membership and its order entry.
pub(super) fn role_member_insert_tx(
    tx: &TransactionalTree,
    organization_id: Uuid,
    member: &RoleMembershipRecord,
) -> TxResult<()> {
    tx.insert(
        role_member_key(organization_id, member.role_id, member.user_id),
        encode(member),
    )?;
    tx.insert(
        role_member_joined_key(organization_id, member),
        member.user_id.as_bytes().as_slice(),
    )?;
    Ok(())
}

/// Removes a role membership and its order entry; false when there was
/// none.
pub(super) fn role_member_remove_tx(
    tx: &TransactionalTree,
    organization_id: Uuid,
    role_id: Uuid,
    user_id: Uuid,
) -> TxResult<bool> {
    let member_key = role_member_key(organization_id, role_id, user_id);
    let Some(member) = tx_get::<RoleMembershipRecord>(tx, &member_key)? else {
        return Ok(false);
    };
    tx.remove(member_key)?;
    tx.remove(role_member_joined_key(organization_id, &member))?;
    Ok(true)
}

/// Writes a role whose name is free in its organization, claiming it.
pub(super) fn role_insert_tx(
    tx: &TransactionalTree,
    role: &RoleRecord,
) -> TxResult<()> {
    claim_role_name(tx, role.organization_id, &role.name, role.id)?;
    tx.insert(role_key(role.organization_id, role.id), encode(role))?;
    Ok(())
}

impl SledStore {
    /// A page of the organization's roles, by name: through the
    /// `role_name/` index, which is in that order.
    pub fn role_list_page(
        &self,
        organization_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<RoleRecord>, StoreError> {
        let prefix = key(ROLE_NAME, &[organization_id.as_bytes()]);
        self.page_of_records(&prefix, false, offset, limit, |_, role_id| {
            Ok(role_key(organization_id, uuid_from(role_id)?))
        })
    }

    /// Every key the organization's roles occupy (records and name
    /// index). Their memberships are not among them: they go with the
    /// memberships that mirror them.
    pub(super) fn role_keys(
        &self,
        organization_id: Uuid,
    ) -> Result<Vec<Vec<u8>>, StoreError> {
        let organization = organization_id.as_bytes();
        let mut keys = self.scan_keys(&key(ROLE, &[organization]))?;
        keys.extend(self.scan_keys(&key(ROLE_NAME, &[organization]))?);
        Ok(keys.into_iter().map(|at| at.to_vec()).collect())
    }

    pub fn role_fetch(
        &self,
        organization_id: Uuid,
        role_id: Uuid,
    ) -> Result<Option<RoleRecord>, StoreError> {
        self.fetch(&role_key(organization_id, role_id))
    }

    /// A page of a role's memberships, oldest first, through the
    /// `role_member_joined/` index.
    pub fn role_member_list_page(
        &self,
        organization_id: Uuid,
        role_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<RoleMembershipRecord>, StoreError> {
        let prefix = key(
            ROLE_MEMBER_JOINED,
            &[organization_id.as_bytes(), role_id.as_bytes()],
        );
        self.page_of_records(&prefix, false, offset, limit, |_, user_id| {
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
            members.extend(
                self.role_member_list_page(
                    organization_id,
                    *role_id,
                    0,
                    u64::MAX,
                )?
                .items,
            );
        }
        Ok(members)
    }

    /// Inserts a role whose name is not taken in its organization.
    pub async fn role_insert(
        &self,
        role: &RoleRecord,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let (role, guard) = (role.clone(), guard.clone());
        self.transaction(move |tx| {
            touch_organization(tx, role.organization_id, &guard)?;
            role_insert_tx(tx, &role)
        })
        .await
    }

    /// Changes a role (not its ids); a new name must be free (its own old
    /// name is).
    pub async fn role_update(
        &self,
        organization_id: Uuid,
        role_id: Uuid,
        guard: &Guard,
        change: impl Fn(&mut RoleRecord) + Send + 'static,
    ) -> Result<RoleRecord, StoreError> {
        let guard = guard.clone();
        let updated = self
            .transaction(move |tx| {
                touch_organization(tx, organization_id, &guard)?;
                role_update_tx(tx, organization_id, role_id, &change)
            })
            .await?;
        Ok(updated)
    }

    /// Removes a role with its memberships and external references; the
    /// organization's default role is cleared if it was this one.
    pub async fn role_remove(
        &self,
        organization_id: Uuid,
        role_id: Uuid,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        loop {
            // Transactions cannot scan: list the memberships, then check
            // the organization's revision has not moved.
            let Some(seen) = self.organization_fetch(organization_id)? else {
                return Err(StoreError::NotFound);
            };
            let members = self.role_members_of(organization_id, &[role_id])?;
            let references = self
                .role_external_reference_keys(organization_id, Some(role_id))?;
            let guard = guard.clone();
            let removed = self
                .transaction(move |tx| {
                    let Some(mut organization) = organization_if_unchanged(
                        tx,
                        organization_id,
                        seen.revision,
                    )?
                    else {
                        return Ok(false);
                    };
                    guard_check(tx, &organization, &guard)?;
                    let role: RoleRecord =
                        tx_get(tx, &role_key(organization_id, role_id))?
                            .ok_or(abort(StoreError::NotFound))?;
                    tx.remove(role_key(organization_id, role_id))?;
                    tx.remove(role_name_key(organization_id, &role.name))?;
                    for member in &members {
                        role_unassign_tx(
                            tx,
                            organization_id,
                            role_id,
                            member.user_id,
                        )?;
                    }
                    for reference in &references {
                        tx.remove(reference.as_slice())?;
                    }
                    if organization.default_role_id == Some(role_id) {
                        organization.default_role_id = None;
                    }
                    write_organization(tx, organization)?;
                    Ok(true)
                })
                .await?;
            if removed {
                return Ok(());
            }
        }
    }

    /// Adds a member of the organization to a role they are not in.
    pub async fn role_member_insert(
        &self,
        organization_id: Uuid,
        member: &RoleMembershipRecord,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let (member, guard) = (member.clone(), guard.clone());
        self.transaction(move |tx| {
            touch_organization(tx, organization_id, &guard)?;
            role_assign_tx(tx, organization_id, &member)
        })
        .await
    }

    /// Takes a user out of a role.
    pub async fn role_member_remove(
        &self,
        organization_id: Uuid,
        role_id: Uuid,
        user_id: Uuid,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let guard = guard.clone();
        self.transaction(move |tx| {
            touch_organization(tx, organization_id, &guard)?;
            role_unassign_tx(tx, organization_id, role_id, user_id)
        })
        .await
    }

    /// Creates or changes a role and its members as `sync` says, in one
    /// transaction.
    pub async fn role_sync(
        &self,
        sync: &RoleSync<'_>,
        guard: &Guard,
    ) -> Result<RoleRecord, StoreError> {
        let role = sync.role.clone();
        let organization_id = role.organization_id;
        let (create, remove, add) =
            (sync.create, sync.remove.to_vec(), sync.add.to_vec());
        let guard = guard.clone();
        let synced = self
            .transaction(move |tx| {
                touch_organization(tx, organization_id, &guard)?;
                let synced = if create {
                    role_insert_tx(tx, &role)?;
                    role.clone()
                } else {
                    role_update_tx(tx, organization_id, role.id, &|stored| {
                        role_synced(stored, &role)
                    })?
                };
                for user_id in &remove {
                    role_unassign_tx(tx, organization_id, role.id, *user_id)?;
                }
                for member in &add {
                    role_assign_tx(tx, organization_id, member)?;
                }
                Ok(synced)
            })
            .await?;
        Ok(synced)
    }
}

/// Changes a role (not its ids), moving its name's index entry.
fn role_update_tx(
    tx: &TransactionalTree,
    organization_id: Uuid,
    role_id: Uuid,
    change: &impl Fn(&mut RoleRecord),
) -> TxResult<RoleRecord> {
    let mut role: RoleRecord = tx_get(tx, &role_key(organization_id, role_id))?
        .ok_or(abort(StoreError::NotFound))?;
    tx.remove(role_name_key(organization_id, &role.name))?;
    change(&mut role);
    role.id = role_id;
    role.organization_id = organization_id;
    claim_role_name(tx, organization_id, &role.name, role_id)?;
    tx.insert(role_key(organization_id, role_id), encode(&role))?;
    Ok(role)
}

/// Adds a member of the organization to a role they are not in.
/// Puts a member of the organization in a role they are not in (the role
/// must exist), mirroring it on their membership.
fn role_assign_tx(
    tx: &TransactionalTree,
    organization_id: Uuid,
    member: &RoleMembershipRecord,
) -> TxResult<()> {
    if tx.get(role_key(organization_id, member.role_id))?.is_none() {
        return Err(abort(StoreError::NotFound));
    }
    let member_key =
        role_member_key(organization_id, member.role_id, member.user_id);
    if tx.get(&member_key)?.is_some() {
        return Err(abort(StoreError::AlreadyInRole));
    }
    update_membership_roles(tx, organization_id, member.user_id, |roles| {
        roles.push(member.role_id)
    })?;
    role_member_insert_tx(tx, organization_id, member)
}

/// Takes a user out of a role they are in, mirroring it on their
/// membership.
fn role_unassign_tx(
    tx: &TransactionalTree,
    organization_id: Uuid,
    role_id: Uuid,
    user_id: Uuid,
) -> TxResult<()> {
    if !role_member_remove_tx(tx, organization_id, role_id, user_id)? {
        return Err(abort(StoreError::NotFound));
    }
    update_membership_roles(tx, organization_id, user_id, |roles| {
        roles.retain(|role| *role != role_id)
    })
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

/// Changes the role list mirrored on a membership; the user must be a
/// member.
fn update_membership_roles(
    tx: &TransactionalTree,
    organization_id: Uuid,
    user_id: Uuid,
    change: impl FnOnce(&mut Vec<Uuid>),
) -> TxResult<()> {
    let member_key =
        key(MEMBER, &[organization_id.as_bytes(), user_id.as_bytes()]);
    let mut membership: MembershipRecord =
        tx_get(tx, &member_key)?.ok_or(abort(StoreError::NotAMember))?;
    change(&mut membership.roles);
    tx.insert(member_key, encode(&membership))?;
    Ok(())
}
