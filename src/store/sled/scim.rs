//! SCIM: the records an identity provider keeps about a domain's users,
//! each written in one transaction with the user and membership changes
//! it brings, and the domain's request log.
//!
//! Every SCIM user write bumps the organization's revision, so that the
//! removal of the domain or the organization (which list the records
//! first, since transactions cannot scan) notices one made meanwhile.
//! Log entries do the same; they are pruned as they are written, by
//! their keys alone (UUIDv7 ids carry their time).

use super::abort;
use super::decode;
use super::domains::domain_key;
use super::encode;
use super::key;
use super::members::guard_check;
use super::members::write_organization;
use super::organizations::membership_insert_tx;
use super::organizations::membership_remove_tx;
use super::records::MembershipRecord;
use super::records::OrganizationRecord;
use super::records::ScimLogRecord;
use super::records::ScimUserRecord;
use super::records::UserRecord;
use super::records::LEVEL_OWNER;
use super::tx_get;
use super::users::email_key;
use super::users::user_insert_tx;
use super::SledStore;
use super::StoreError;
use super::TxResult;
use super::MEMBER;
use super::ORG;
use super::SCIM_LOG;
use super::SCIM_USER;
use super::USER;
use crate::page::Page;
use crate::store::FilteredPage;
use crate::store::Guard;
use crate::store::ScimLogRetention;
use crate::store::ScimMembership;
use crate::store::ScimUserWrite;
use sled::transaction::TransactionalTree;
use uuid::Uuid;

pub(super) fn scim_user_key(domain_id: Uuid, user_id: Uuid) -> Vec<u8> {
    key(SCIM_USER, &[domain_id.as_bytes(), user_id.as_bytes()])
}

pub(super) fn scim_log_key(domain_id: Uuid, log_id: Uuid) -> Vec<u8> {
    key(SCIM_LOG, &[domain_id.as_bytes(), log_id.as_bytes()])
}

impl SledStore {
    /// Every key under a domain's SCIM records and log.
    pub(super) fn scim_keys(
        &self,
        domain_id: Uuid,
    ) -> Result<Vec<sled::IVec>, StoreError> {
        Ok([
            self.scan_keys(&key(SCIM_USER, &[domain_id.as_bytes()]))?,
            self.scan_keys(&key(SCIM_LOG, &[domain_id.as_bytes()]))?,
        ]
        .concat())
    }

    pub fn scim_user_fetch(
        &self,
        domain_id: Uuid,
        user_id: Uuid,
    ) -> Result<Option<ScimUserRecord>, StoreError> {
        self.fetch(&scim_user_key(domain_id, user_id))
    }

    pub fn scim_user_list_page(
        &self,
        domain_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<ScimUserRecord>, StoreError> {
        let prefix = key(SCIM_USER, &[domain_id.as_bytes()]);
        let count = self.db.scan_prefix(&prefix).keys().count() as u64;
        let items = self
            .db
            .scan_prefix(&prefix)
            .values()
            .skip(usize::try_from(offset).unwrap_or(usize::MAX))
            .take(usize::try_from(limit).unwrap_or(usize::MAX))
            .map(|value| decode(&value?))
            .collect::<Result<_, _>>()?;
        Ok(Page { count, items })
    }

    pub async fn scim_user_write(
        &self,
        guard: &Guard,
        write: &ScimUserWrite,
    ) -> Result<(), StoreError> {
        let (write, guard) = (write.clone(), guard.clone());
        let record_key =
            scim_user_key(write.record.domain_id, write.record.user_id);
        self.transaction(move |tx| {
            let record = &write.record;
            let organization = scim_organization(tx, record, &guard)?;
            let stored: Option<ScimUserRecord> = tx_get(tx, &record_key)?;
            if stored.map(|stored| stored.version) != write.expected_version {
                return Err(abort(StoreError::Stale));
            }
            match &write.new_user {
                Some(user) => {
                    if tx.get(email_key(&user.email))?.is_some() {
                        return Err(abort(StoreError::EmailTaken));
                    }
                    user_insert_tx(tx, user)?;
                }
                None => {
                    let user_key = key(USER, &[record.user_id.as_bytes()]);
                    if tx.get(user_key)?.is_none() {
                        return Err(abort(StoreError::NotFound));
                    }
                }
            }
            let organization = membership_change_tx(
                tx,
                organization,
                record.user_id,
                &write.membership,
            )?;
            write_organization(tx, organization)?;
            tx.insert(record_key.as_slice(), encode(record))?;
            Ok(())
        })
        .await
    }

    pub async fn scim_user_remove(
        &self,
        guard: &Guard,
        record: &ScimUserRecord,
    ) -> Result<(), StoreError> {
        let record_key = scim_user_key(record.domain_id, record.user_id);
        let (record, guard) = (record.clone(), guard.clone());
        self.transaction(move |tx| {
            let organization = scim_organization(tx, &record, &guard)?;
            if tx.remove(record_key.as_slice())?.is_none() {
                return Err(abort(StoreError::NotFound));
            }
            let organization = membership_change_tx(
                tx,
                organization,
                record.user_id,
                &ScimMembership::Remove,
            )?;
            write_organization(tx, organization)?;
            Ok(())
        })
        .await
    }

    pub async fn scim_log_insert(
        &self,
        log: &ScimLogRecord,
        retention: ScimLogRetention,
    ) -> Result<(), StoreError> {
        let prefix = key(SCIM_LOG, &[log.domain_id.as_bytes()]);
        let existing = self.scan_keys(&prefix)?;
        let keep = usize::try_from(retention.max_entries.saturating_sub(1))
            .unwrap_or(usize::MAX);
        let excess = existing.len().saturating_sub(keep);
        let expired = existing
            .iter()
            .enumerate()
            .filter(|(at, entry)| {
                *at < excess || logged_before(entry, &prefix, retention)
            })
            .map(|(_, entry)| entry.clone())
            .collect::<Vec<_>>();
        let org_key = key(ORG, &[log.organization_id.as_bytes()]);
        let log = log.clone();
        self.transaction(move |tx| {
            let Some(organization) =
                tx_get::<OrganizationRecord>(tx, &org_key)?
            else {
                return Ok(());
            };
            let domain = domain_key(log.organization_id, log.domain_id);
            if tx.get(domain)?.is_none() {
                return Ok(());
            }
            for entry in &expired {
                tx.remove(entry)?;
            }
            tx.insert(scim_log_key(log.domain_id, log.id), encode(&log))?;
            write_organization(tx, organization)
        })
        .await
    }

    pub fn scim_log_page(
        &self,
        domain_id: Uuid,
        mut page: FilteredPage<'_, ScimLogRecord>,
    ) -> Result<Page<ScimLogRecord>, StoreError> {
        let prefix = key(SCIM_LOG, &[domain_id.as_bytes()]);
        for value in self.db.scan_prefix(prefix).values().rev() {
            page.offer(decode(&value?)?);
        }
        Ok(page.finish())
    }
}

/// Whether the log entry at `entry` (under `prefix`) is older than the
/// retention allows, from its UUIDv7 id.
fn logged_before(
    entry: &[u8],
    prefix: &[u8],
    retention: ScimLogRetention,
) -> bool {
    let Ok(id) = Uuid::from_slice(&entry[prefix.len()..]) else {
        return false;
    };
    let Some((seconds, _)) = id.get_timestamp().map(|at| at.to_unix()) else {
        return false;
    };
    i64::try_from(seconds).unwrap_or(i64::MAX) < retention.oldest.timestamp()
}

/// The organization of a SCIM record, once `guard` holds.
fn scim_organization(
    tx: &TransactionalTree,
    record: &ScimUserRecord,
    guard: &Guard,
) -> TxResult<OrganizationRecord> {
    let organization: OrganizationRecord =
        tx_get(tx, &key(ORG, &[record.organization_id.as_bytes()]))?
            .ok_or(abort(StoreError::NotFound))?;
    guard_check(tx, &organization, guard)?;
    Ok(organization)
}

/// Applies `change` to the user's membership, and returns the
/// organization with its counts moved (for the caller to write, which
/// refuses to leave it without an owner).
fn membership_change_tx(
    tx: &TransactionalTree,
    mut organization: OrganizationRecord,
    user_id: Uuid,
    change: &ScimMembership,
) -> TxResult<OrganizationRecord> {
    let member_key =
        key(MEMBER, &[organization.id.as_bytes(), user_id.as_bytes()]);
    let current: Option<MembershipRecord> = tx_get(tx, &member_key)?;
    change.allowed(current.as_ref()).map_err(abort)?;
    match (change, current) {
        (ScimMembership::Add(membership), None) => {
            membership_insert_tx(tx, organization.id, membership)?;
            organization.member_count += 1;
            organization.owner_count +=
                u64::from(membership.level == LEVEL_OWNER);
            let user_key = key(USER, &[user_id.as_bytes()]);
            if let Some(mut user) = tx_get::<UserRecord>(tx, &user_key)? {
                if user.current_organization.is_none() {
                    user.current_organization = Some(organization.id);
                    tx.insert(user_key.as_slice(), encode(&user))?;
                }
            }
        }
        (ScimMembership::Remove, Some(membership)) => {
            organization.member_count =
                organization.member_count.saturating_sub(1);
            organization.owner_count = organization
                .owner_count
                .saturating_sub(u64::from(membership.level == LEVEL_OWNER));
            membership_remove_tx(tx, organization.id, user_id)?;
        }
        _ => {}
    }
    Ok(organization)
}
