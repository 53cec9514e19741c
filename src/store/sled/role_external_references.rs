//! Role external references, and the index that keeps each provider role
//! mapped once per organization (by its id, and by its slug when it has
//! one), checked in the write's transaction. Every change bumps the
//! organization's revision, so that removing a role or the organization
//! (which list the references first) sees them all.

use super::layout::abort;
use super::layout::encode;
use super::layout::key;
use super::layout::uuid_from;
use super::layout::TxResult;
use super::layout::ROLE_REF;
use super::layout::ROLE_REF_KEY;
use super::layout::ROLE_REF_ORDER;
use super::records::RoleExternalReferenceRecord;
use super::SledStore;
use super::StoreError;
use crate::page::Page;
use sled::transaction::TransactionalTree;
use uuid::Uuid;

pub(super) fn reference_key(organization_id: Uuid, id: Uuid) -> Vec<u8> {
    key(ROLE_REF, &[organization_id.as_bytes(), id.as_bytes()])
}

/// The index entry of one uniqueness key of a reference.
pub(super) fn unique_key(organization_id: Uuid, unique: &str) -> Vec<u8> {
    key(ROLE_REF_KEY, &[organization_id.as_bytes(), unique.as_bytes()])
}

/// The list-order entry of a reference: its organization, provider,
/// provider organization and slug (present before absent), then its id,
/// so that byte order is the list's order. The texts hold no null
/// character (requests with one are refused), so a 0 byte ends each.
pub(super) fn order_key(reference: &RoleExternalReferenceRecord) -> Vec<u8> {
    let mut at = key(ROLE_REF_ORDER, &[reference.organization_id.as_bytes()]);
    for text in [&reference.provider, &reference.provider_organization_id] {
        at.extend_from_slice(text.as_bytes());
        at.push(0);
    }
    match &reference.provider_role_slug {
        Some(slug) => {
            at.push(0);
            at.extend_from_slice(slug.as_bytes());
            at.push(0);
        }
        None => at.push(1),
    }
    at.extend_from_slice(reference.id.as_bytes());
    at
}

/// Every index entry a reference has.
pub(super) fn unique_keys(
    reference: &RoleExternalReferenceRecord,
) -> Vec<Vec<u8>> {
    std::iter::once(reference.id_key())
        .chain(reference.slug_key())
        .map(|unique| unique_key(reference.organization_id, &unique))
        .collect()
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

    pub fn role_external_reference_fetch(
        &self,
        organization_id: Uuid,
        id: Uuid,
    ) -> Result<Option<RoleExternalReferenceRecord>, StoreError> {
        self.fetch(&reference_key(organization_id, id))
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
            Some(id) => self.role_external_reference_fetch(organization_id, id),
            None => Ok(None),
        }
    }
}

/// Writes a reference and its index and order entries, if no other reference of the
/// organization has its keys.
pub(super) fn role_external_reference_insert_tx(
    tx: &TransactionalTree,
    reference: &RoleExternalReferenceRecord,
) -> TxResult<()> {
    for unique in unique_keys(reference) {
        if tx.insert(unique, reference.id.as_bytes().as_slice())?.is_some() {
            return Err(abort(StoreError::ReferenceTaken));
        }
    }
    tx.insert(order_key(reference), &[])?;
    tx.insert(
        reference_key(reference.organization_id, reference.id),
        encode(reference),
    )?;
    Ok(())
}

/// Removes a reference, its claims and its order entry; false when there
/// was none.
pub(super) fn role_external_reference_remove_tx(
    tx: &TransactionalTree,
    reference: &RoleExternalReferenceRecord,
) -> TxResult<bool> {
    let at = reference_key(reference.organization_id, reference.id);
    if tx.remove(at)?.is_none() {
        return Ok(false);
    }
    for unique in unique_keys(reference) {
        tx.remove(unique)?;
    }
    tx.remove(order_key(reference))?;
    Ok(true)
}
