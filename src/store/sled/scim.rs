//! SCIM: the records an identity provider keeps about a domain's users,
//! each written in one transaction with the user and membership changes
//! it brings, and the domain's request log.
//!
//! Every SCIM user write bumps the organization's revision, so that the
//! removal of the domain or the organization (which list the records
//! first, since transactions cannot scan) notices one made meanwhile.
//! Log entries do the same; they are pruned as they are written, by
//! their keys alone (UUIDv7 ids carry their time).

use super::domains::domain_key;
use super::layout::decode;
use super::layout::encode;
use super::layout::key;
use super::layout::scim_log_key;
use super::layout::scim_user_key;
use super::layout::tx_get;
use super::layout::ORG;
use super::layout::SCIM_LOG;
use super::layout::SCIM_USER;
use super::members::write_organization;
use super::records::OrganizationRecord;
use super::records::ScimLogRecord;
use super::records::ScimUserRecord;
use super::SledStore;
use super::StoreError;
use crate::page::Page;
use crate::store::types::FilteredPage;
use crate::store::types::ScimLogRetention;
use uuid::Uuid;

impl SledStore {
    /// The ids of a domain's SCIM log entries.
    pub fn scim_log_ids(
        &self,
        domain_id: Uuid,
    ) -> Result<Vec<Uuid>, StoreError> {
        self.scan_ids(&key(SCIM_LOG, &[domain_id.as_bytes()])).collect()
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
