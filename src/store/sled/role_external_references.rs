//! Role external references, and the index that keeps each provider role
//! mapped once per organization (by its id, and by its slug when it has
//! one), checked in the write's transaction. Every change bumps the
//! organization's revision, so that removing a role or the organization
//! (which list the references first) sees them all.

use super::layout::key;
use super::layout::uuid_from;
use super::layout::ROLE_REF;
use super::layout::ROLE_REF_KEY;
use super::layout::ROLE_REF_ORDER;
use super::records::RoleExternalReferenceRecord;
use super::SledStore;
use super::StoreError;
use crate::page::Page;
use uuid::Uuid;

/// The index entry of one uniqueness key of a reference.
pub(super) fn unique_key(organization_id: Uuid, unique: &str) -> Vec<u8> {
    key(ROLE_REF_KEY, &[organization_id.as_bytes(), unique.as_bytes()])
}

impl SledStore {
    /// A page of the organization's references in list order (see
    /// [`order_key`]): only the page's records are read.
    pub fn role_external_reference_list_page(
        &self,
        organization_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<RoleExternalReferenceRecord>, StoreError> {
        let prefix = key(ROLE_REF_ORDER, &[organization_id.as_bytes()]);
        self.page_of_records(&prefix, false, offset, limit, |at, _| {
            let id = uuid_from(&at[at.len().saturating_sub(16)..])?;
            Ok(key(ROLE_REF, &[organization_id.as_bytes(), id.as_bytes()]))
        })
    }

    /// The organization's reference with any of these uniqueness keys; of
    /// several, the oldest.
    pub fn role_external_reference_lookup(
        &self,
        organization_id: Uuid,
        keys: &[String],
    ) -> Result<Option<RoleExternalReferenceRecord>, StoreError> {
        let mut found = None;
        for unique in keys {
            let Some(id) = self.db.get(unique_key(organization_id, unique))?
            else {
                continue;
            };
            let id = uuid_from(&id)?;
            if found.is_none_or(|oldest| id < oldest) {
                found = Some(id);
            }
        }
        match found {
            Some(id) => self.fetch_kind(&[organization_id, id]),
            None => Ok(None),
        }
    }
}
