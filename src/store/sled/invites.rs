//! Invites, and accepting them (which makes a membership).

use super::abort;
use super::encode;
use super::key;
use super::members::organization_if_unchanged;
use super::members::write_organization;
use super::organizations::membership_insert_tx;
use super::records::InviteRecord;
use super::records::MembershipRecord;
use super::records::OrganizationRecord;
use super::records::RoleMembershipRecord;
use super::roles::role_member_insert_tx;
use super::tx_get;
use super::uuid_from;
use super::SledStore;
use super::StoreError;
use super::TxResult;
use super::INVITE;
use super::INVITE_ID;
use super::MEMBER;
use super::ORG;
use super::ROLE;
use super::USER;
use crate::page::Page;
use crate::store::records::LEVEL_OWNER;
use crate::store::InviteAcceptance;
use crate::store::InviteChanges;
use crate::store::InvitePlanning;
use sled::transaction::TransactionalTree;
use uuid::Uuid;

pub(super) fn invite_key(organization_id: Uuid, invite_id: Uuid) -> Vec<u8> {
    key(INVITE, &[organization_id.as_bytes(), invite_id.as_bytes()])
}

pub(super) fn invite_id_key(invite_id: Uuid) -> Vec<u8> {
    key(INVITE_ID, &[invite_id.as_bytes()])
}

impl SledStore {
    /// An organization's invites, oldest first.
    /// A page of an organization's invites, newest first (ids are UUIDv7:
    /// key order is creation order).
    pub fn invite_list_page(
        &self,
        organization_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<InviteRecord>, StoreError> {
        let prefix = key(INVITE, &[organization_id.as_bytes()]);
        self.page_of_entries(&prefix, true, offset, limit)?
            .try_map(|(_, value)| super::decode(&value))
    }

    /// An organization's invites, oldest first.
    fn invite_list(
        &self,
        organization_id: Uuid,
    ) -> Result<Vec<InviteRecord>, StoreError> {
        self.records_under(&key(INVITE, &[organization_id.as_bytes()]))
    }

    /// Every key the organization's invites occupy (records and id index).
    pub(super) fn invite_keys(
        &self,
        organization_id: Uuid,
    ) -> Result<Vec<Vec<u8>>, StoreError> {
        let mut keys = Vec::new();
        for id in self.scan_ids(&key(INVITE, &[organization_id.as_bytes()])) {
            let id = id?;
            keys.push(invite_key(organization_id, id));
            keys.push(invite_id_key(id));
        }
        Ok(keys)
    }

    /// Every invite to `email` (compared case-insensitively), in any
    /// organization, with that organization's name.
    ///
    /// TODO-scalability: reads every invite of the store; an index by
    /// address would make it a prefix scan.
    pub fn invite_list_for_email(
        &self,
        email: &str,
    ) -> Result<Vec<(InviteRecord, String)>, StoreError> {
        let email = email.to_lowercase();
        let mut found = Vec::new();
        for value in self.db.scan_prefix(INVITE).values() {
            let invite: InviteRecord = super::decode(&value?)?;
            if invite.target_email.to_lowercase() != email {
                continue;
            }
            let organization: Option<OrganizationRecord> =
                self.fetch(&key(ORG, &[invite.organization_id.as_bytes()]))?;
            if let Some(organization) = organization {
                found.push((invite, organization.name));
            }
        }
        Ok(found)
    }

    /// An invite, by id alone.
    pub fn invite_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<InviteRecord>, StoreError> {
        let Some(organization_id) = self.db.get(invite_id_key(id))? else {
            return Ok(None);
        };
        self.fetch(&invite_key(uuid_from(&organization_id)?, id))
    }

    /// Removes and adds invites of an organization in one transaction, as
    /// `plan` decides from what it sees (it may run more than once, and may
    /// refuse); `inviter` is the user whose membership it sees.
    pub async fn invite_replace<E>(
        &self,
        organization_id: Uuid,
        inviter: Uuid,
        plan: impl Fn(&InvitePlanning) -> Result<InviteChanges, E>,
    ) -> Result<Result<Vec<InviteRecord>, E>, StoreError> {
        loop {
            // Transactions cannot scan: list first, then check in the
            // transaction that the organization's revision has not moved.
            let Some(seen) = self.organization_fetch(organization_id)? else {
                return Err(StoreError::NotFound);
            };
            let existing = self.invite_list(organization_id)?;
            let membership = self.membership_fetch(organization_id, inviter)?;
            let changes = match plan(&InvitePlanning {
                organization: &seen,
                inviter: membership.as_ref(),
                existing: &existing,
            }) {
                Ok(changes) => changes,
                Err(error) => return Ok(Err(error)),
            };
            let inserted = changes.insert.clone();
            let done = self
                .transaction(move |tx| {
                    let Some(organization) = organization_if_unchanged(
                        tx,
                        organization_id,
                        seen.revision,
                    )?
                    else {
                        return Ok(false);
                    };
                    for id in &changes.remove {
                        tx.remove(invite_key(organization_id, *id))?;
                        tx.remove(invite_id_key(*id))?;
                    }
                    for invite in &changes.insert {
                        invite_insert_tx(tx, invite)?;
                    }
                    write_organization(tx, organization)?;
                    Ok(true)
                })
                .await?;
            if done {
                return Ok(Ok(inserted));
            }
        }
    }

    /// Accepts an invite for `user_id`: if `decide` agrees (it sees the
    /// invite, organization, user, and whether they are a member already),
    /// the membership it returns is added (with its roles, which must
    /// exist), the invite is consumed, and the organization becomes the
    /// user's current one, all in one transaction. Two acceptances of one
    /// invite: exactly one wins.
    pub async fn invite_accept<E: Send + 'static>(
        &self,
        invite_id: Uuid,
        user_id: Uuid,
        decide: impl Fn(&InviteAcceptance) -> Result<MembershipRecord, E>
            + Send
            + 'static,
    ) -> Result<Result<MembershipRecord, E>, StoreError> {
        let index_key = invite_id_key(invite_id);
        let user_key = key(USER, &[user_id.as_bytes()]);
        let outcome = self
            .transaction(move |tx| {
                let not_found = || abort(StoreError::NotFound);
                let organization_id =
                    uuid_from(&tx.get(&index_key)?.ok_or_else(not_found)?)
                        .map_err(abort)?;
                let record_key = invite_key(organization_id, invite_id);
                let member_key = key(
                    MEMBER,
                    &[organization_id.as_bytes(), user_id.as_bytes()],
                );
                let acceptance = InviteAcceptance {
                    invite: tx_get(tx, &record_key)?.ok_or_else(not_found)?,
                    organization: tx_get(
                        tx,
                        &key(ORG, &[organization_id.as_bytes()]),
                    )?
                    .ok_or_else(not_found)?,
                    user: tx_get(tx, &user_key)?.ok_or_else(not_found)?,
                    already_member: tx.get(&member_key)?.is_some(),
                };
                let membership = match decide(&acceptance) {
                    Ok(membership) => membership,
                    Err(error) => return Ok(Err(error)),
                };
                for role in &membership.roles {
                    let role_key = key(
                        ROLE,
                        &[organization_id.as_bytes(), role.as_bytes()],
                    );
                    if tx.get(role_key)?.is_none() {
                        return Err(abort(StoreError::UnknownRole));
                    }
                }
                let InviteAcceptance { mut organization, mut user, .. } =
                    acceptance;
                organization.member_count += 1;
                organization.owner_count +=
                    u64::from(membership.level == LEVEL_OWNER);
                write_organization(tx, organization)?;
                membership_insert_tx(tx, organization_id, &membership)?;
                for role in &membership.roles {
                    role_member_insert_tx(
                        tx,
                        organization_id,
                        &RoleMembershipRecord {
                            id: Uuid::now_v7(),
                            role_id: *role,
                            user_id,
                            joined_at: membership.joined_at,
                            updated_at: membership.joined_at,
                        },
                    )?;
                }
                tx.remove(record_key)?;
                tx.remove(index_key.as_slice())?;
                user.current_organization = Some(organization_id);
                tx.insert(user_key.as_slice(), encode(&user))?;
                Ok(Ok(membership))
            })
            .await?;
        Ok(outcome)
    }
}

/// Writes an invite and its id index entry.
pub(super) fn invite_insert_tx(
    tx: &TransactionalTree,
    invite: &InviteRecord,
) -> TxResult<()> {
    let organization_id = invite.organization_id;
    tx.insert(invite_key(organization_id, invite.id), encode(invite))?;
    tx.insert(invite_id_key(invite.id), organization_id.as_bytes().as_slice())?;
    Ok(())
}
