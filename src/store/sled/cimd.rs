//! CIMD verification tokens by their hash (how a token found in a
//! metadata document is looked up); the rest of their reads and writes is
//! the table of kinds'.

use super::layout::id_pair;
use super::layout::key;
use super::layout::CIMD_HASH;
use super::records::CimdTokenRecord;
use super::SledStore;
use super::StoreError;

impl SledStore {
    /// The token whose hash is `secure_value`.
    pub fn cimd_token_fetch_by_hash(
        &self,
        secure_value: &str,
    ) -> Result<Option<CimdTokenRecord>, StoreError> {
        let Some(ids) =
            self.db.get(key(CIMD_HASH, &[secure_value.as_bytes()]))?
        else {
            return Ok(None);
        };
        let (organization_id, token_id) = id_pair(&ids, "CIMD hash")?;
        self.fetch_kind(&[organization_id, token_id])
    }
}
