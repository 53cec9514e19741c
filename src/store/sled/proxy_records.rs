//! Proxy records, and the global index that keeps each proxy domain in one
//! organization only. The per-organization limit is checked in the
//! insert's transaction against a count taken just before it, which holds
//! because every insert and removal bumps the organization's revision and
//! the transaction checks that the revision has not moved.

use super::abort;
use super::decode;
use super::encode;
use super::key;
use super::members::guard_check;
use super::members::write_organization;
use super::records::OrganizationRecord;
use super::records::ProxyRecord;
use super::tx_get;
use super::SledStore;
use super::StoreError;
use super::TxResult;
use super::ORG;
use super::PROXY;
use super::PROXY_DOMAIN;
use crate::store::Guard;
use chrono::DateTime;
use chrono::Utc;
use sled::transaction::TransactionalTree;
use uuid::Uuid;

pub(super) fn proxy_key(organization_id: Uuid, id: Uuid) -> Vec<u8> {
    key(PROXY, &[organization_id.as_bytes(), id.as_bytes()])
}

pub(super) fn proxy_domain_key(domain: &str) -> Vec<u8> {
    key(PROXY_DOMAIN, &[domain.as_bytes()])
}

/// The organization as this transaction sees it, with the writer checked
/// against `guard` when there is one.
fn organization_tx(
    tx: &TransactionalTree,
    organization_id: Uuid,
    guard: Option<&Guard>,
) -> TxResult<OrganizationRecord> {
    let organization: OrganizationRecord =
        tx_get(tx, &key(ORG, &[organization_id.as_bytes()]))?
            .ok_or(abort(StoreError::NotFound))?;
    if let Some(guard) = guard {
        guard_check(tx, &organization, guard)?;
    }
    Ok(organization)
}

impl SledStore {
    /// The organization's proxy records, newest first.
    pub fn proxy_record_list(
        &self,
        organization_id: Uuid,
    ) -> Result<Vec<ProxyRecord>, StoreError> {
        // UUIDv7 key order is creation order.
        self.db
            .scan_prefix(key(PROXY, &[organization_id.as_bytes()]))
            .values()
            .rev()
            .map(|value| decode(&value?))
            .collect()
    }

    pub fn proxy_record_fetch(
        &self,
        organization_id: Uuid,
        id: Uuid,
    ) -> Result<Option<ProxyRecord>, StoreError> {
        self.fetch(&proxy_key(organization_id, id))
    }

    /// Every key the organization's proxy records occupy.
    pub(super) fn proxy_record_keys(
        &self,
        organization_id: Uuid,
    ) -> Result<Vec<Vec<u8>>, StoreError> {
        Ok(self
            .proxy_record_list(organization_id)?
            .into_iter()
            .flat_map(|record| {
                [
                    proxy_key(organization_id, record.id),
                    proxy_domain_key(&record.domain),
                ]
            })
            .collect())
    }

    pub async fn proxy_record_insert(
        &self,
        record: &ProxyRecord,
        guard: &Guard,
        limit: u64,
    ) -> Result<(), StoreError> {
        let organization_id = record.organization_id;
        loop {
            let Some(seen) = self.organization_fetch(organization_id)? else {
                return Err(StoreError::NotFound);
            };
            let prefix = key(PROXY, &[organization_id.as_bytes()]);
            let count = self.db.scan_prefix(prefix).keys().count() as u64;
            let (record, guard) = (record.clone(), guard.clone());
            let inserted = self
                .transaction(move |tx| {
                    let organization =
                        organization_tx(tx, organization_id, Some(&guard))?;
                    if organization.revision != seen.revision {
                        return Ok(false);
                    }
                    if count >= limit {
                        return Err(abort(StoreError::ProxyLimit {
                            max: limit,
                        }));
                    }
                    if tx.get(proxy_domain_key(&record.domain))?.is_some() {
                        return Err(abort(StoreError::ProxyDomainTaken));
                    }
                    proxy_record_insert_tx(tx, &record)?;
                    write_organization(tx, organization)?;
                    Ok(true)
                })
                .await?;
            if inserted {
                return Ok(());
            }
        }
    }
    /// Records the provisioning task should look at by `now`: a scan of
    /// every proxy record (there are at most a few per organization).
    pub fn proxy_record_list_due(
        &self,
        now: DateTime<Utc>,
        limit: u64,
    ) -> Result<Vec<ProxyRecord>, StoreError> {
        let mut due = Vec::new();
        for value in self.db.scan_prefix(PROXY).values() {
            let record: ProxyRecord = decode(&value?)?;
            if record.status.is_pending() && record.next_check_at <= now {
                due.push(record);
            }
        }
        due.sort_by_key(|record| (record.next_check_at, record.id));
        due.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        Ok(due)
    }
}

/// Writes a proxy record and its domain index entry.
pub(super) fn proxy_record_insert_tx(
    tx: &TransactionalTree,
    record: &ProxyRecord,
) -> TxResult<()> {
    tx.insert(proxy_key(record.organization_id, record.id), encode(record))?;
    tx.insert(
        proxy_domain_key(&record.domain),
        super::owned_ids(record.organization_id, record.id),
    )?;
    Ok(())
}
