//! Personal API keys and their indexes (by hash, by user), and the
//! record of each successful authentication.

use super::layout::encode;
use super::layout::key;
use super::layout::tx_get;
use super::layout::uuid_from;
use super::layout::KEY;
use super::layout::KEY_HASH;
use super::layout::USER;
use super::layout::USER_KEY;
use super::records::ApiKeyRecord;
use super::records::UserRecord;
use super::SledStore;
use super::StoreError;
use crate::page::Page;
use uuid::Uuid;

pub(super) fn hash_key(secure_value: &str) -> Vec<u8> {
    key(KEY_HASH, &[secure_value.as_bytes()])
}

impl SledStore {
    pub fn api_key_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<ApiKeyRecord>, StoreError> {
        self.fetch(&key(KEY, &[id.as_bytes()]))
    }

    /// The key whose hash is `secure_value`, with its user.
    pub fn api_key_and_user_fetch_by_hash(
        &self,
        secure_value: &str,
    ) -> Result<Option<(ApiKeyRecord, UserRecord)>, StoreError> {
        let Some(api_key) = self.api_key_fetch_by_hash(secure_value)? else {
            return Ok(None);
        };
        Ok(self.user_fetch(api_key.user_id)?.map(|user| (api_key, user)))
    }

    /// The key whose hash is `secure_value`.
    fn api_key_fetch_by_hash(
        &self,
        secure_value: &str,
    ) -> Result<Option<ApiKeyRecord>, StoreError> {
        match self.db.get(hash_key(secure_value))? {
            Some(id) => self.api_key_fetch(uuid_from(&id)?),
            None => Ok(None),
        }
    }

    /// A user's keys, newest first.
    pub fn api_key_list_page(
        &self,
        user_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<ApiKeyRecord>, StoreError> {
        let prefix = key(USER_KEY, &[user_id.as_bytes()]);
        self.page_of_records(&prefix, true, offset, limit, |at, _| {
            Ok(key(KEY, &[uuid_from(&at[prefix.len()..])?.as_bytes()]))
        })
    }

    /// Records a successful authentication: the key's `last_used_at`
    /// and the user's `last_login`, each when asked for (`key`, `user`),
    /// in one transaction. Answered before it is on disk: losing one in a
    /// crash is harmless, and this runs on the request path.
    pub async fn authentication_record(
        &self,
        key_id: Option<Uuid>,
        user_id: Option<Uuid>,
        when: chrono::DateTime<chrono::Utc>,
    ) -> Result<(), StoreError> {
        let key_key = key_id.map(|id| key(KEY, &[id.as_bytes()]));
        let user_key = user_id.map(|id| key(USER, &[id.as_bytes()]));
        self.transaction_not_durable(move |tx| {
            if let Some(key_key) = &key_key {
                if let Some(mut api_key) = tx_get::<ApiKeyRecord>(tx, key_key)?
                {
                    api_key.last_used_at = Some(when);
                    tx.insert(key_key.as_slice(), encode(&api_key))?;
                }
            }
            if let Some(user_key) = &user_key {
                if let Some(mut user) = tx_get::<UserRecord>(tx, user_key)? {
                    user.last_login = Some(when);
                    tx.insert(user_key.as_slice(), encode(&user))?;
                }
            }
            Ok(())
        })
        .await
    }
}
