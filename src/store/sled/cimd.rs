//! CIMD verification tokens, and their index by hash (how a token found
//! in a metadata document is looked up). Every change bumps the
//! organization's revision, so deleting the organization sees them all.

use super::layout::decode;
use super::layout::id_pair;
use super::layout::key;
use super::layout::CIMD;
use super::layout::CIMD_HASH;
use super::records::CimdTokenRecord;
use super::SledStore;
use super::StoreError;
use crate::page::Page;
use uuid::Uuid;

pub(super) fn token_key(organization_id: Uuid, token_id: Uuid) -> Vec<u8> {
    key(CIMD, &[organization_id.as_bytes(), token_id.as_bytes()])
}

pub(super) fn hash_key(secure_value: &str) -> Vec<u8> {
    key(CIMD_HASH, &[secure_value.as_bytes()])
}

impl SledStore {
    /// A page of the organization's tokens, newest first (ids are UUIDv7:
    /// key order is creation order).
    pub fn cimd_token_list_page(
        &self,
        organization_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<CimdTokenRecord>, StoreError> {
        let prefix = key(CIMD, &[organization_id.as_bytes()]);
        self.page_of_entries(&prefix, true, offset, limit)?
            .try_map(|(_, value)| decode(&value))
    }

    pub fn cimd_token_fetch(
        &self,
        organization_id: Uuid,
        token_id: Uuid,
    ) -> Result<Option<CimdTokenRecord>, StoreError> {
        self.fetch(&token_key(organization_id, token_id))
    }

    /// The token whose hash is `secure_value`.
    pub fn cimd_token_fetch_by_hash(
        &self,
        secure_value: &str,
    ) -> Result<Option<CimdTokenRecord>, StoreError> {
        let Some(ids) = self.db.get(hash_key(secure_value))? else {
            return Ok(None);
        };
        let (organization_id, token_id) = id_pair(&ids, "CIMD hash")?;
        self.cimd_token_fetch(organization_id, token_id)
    }
}
