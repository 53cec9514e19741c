//! SCIM: the records an identity provider keeps about a domain's users,
//! each written in one transaction with the user and membership changes
//! it brings, and the domain's request log.
//!
//! Every SCIM user write bumps the organization's revision, so that the
//! removal of the domain or the organization (which list the records
//! first, since transactions cannot scan) notices one made meanwhile.
//! Log entries do the same; they are pruned as they are written, by
//! their keys alone (UUIDv7 ids carry their time).

use super::layout::decode;
use super::layout::key;
use super::layout::scim_user_key;
use super::layout::SCIM_LOG;
use super::layout::SCIM_USER;
use super::records::ScimLogRecord;
use super::records::ScimUserRecord;
use super::SledStore;
use super::StoreError;
use crate::page::Page;
use crate::store::types::FilteredPage;
use uuid::Uuid;

impl SledStore {
    /// The ids of a domain's SCIM log entries, oldest first (UUIDv7 ids in
    /// key order).
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
    ) -> Result<Vec<ScimUserRecord>, StoreError> {
        let prefix = key(SCIM_USER, &[domain_id.as_bytes()]);
        self.db
            .scan_prefix(&prefix)
            .values()
            .skip(usize::try_from(offset).unwrap_or(usize::MAX))
            .take(usize::try_from(limit).unwrap_or(usize::MAX))
            .map(|value| decode(&value?))
            .collect()
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
