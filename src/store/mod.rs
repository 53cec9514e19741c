//! The sled store: the only code in orgbase that names sled.
//!
//! ## Key layout
//! Everything lives in sled's default tree. A key is an ASCII prefix
//! followed by binary parts; a UUID is its 16 bytes (UUIDv7 ids sort by
//! creation time, so prefix scans come out oldest first).
//!
//! | key                                   | value                   |
//! |---------------------------------------|-------------------------|
//! | `user/` user_id                       | `UserRecord`            |
//! | `user_email/` lowercase email         | user_id                 |
//! | `key/` key_id                         | `ApiKeyRecord`          |
//! | `key_hash/` `sha256$<hex>`            | key_id                  |
//! | `user_key/` user_id key_id            | empty                   |
//! | `org/` organization_id                | `OrganizationRecord`    |
//! | `org_slug/` slug                      | organization_id         |
//! | `member/` organization_id user_id     | `MembershipRecord`      |
//! | `user_org/` user_id organization_id   | empty                   |
//!
//! Records are JSON inside an envelope `{"v": 1, "r": <record>}`; a record
//! whose envelope version is unknown is reported, never guessed at.
//!
//! ## Atomicity and durability
//! Every change that touches more than one key (a record and its indexes,
//! an organization and its owner's membership, ...) is one sled
//! transaction, and uniqueness (email, slug) is checked inside it, so two
//! concurrent creates cannot both win. Every write method returns only
//! after the change is flushed to disk. Flushes go through one flusher
//! thread that serves all writers waiting at that moment with a single
//! `Db::flush` (group commit). `flush_async` is never used: in sled 0.34.7
//! it deadlocks when several tasks await it at once.

mod flusher;
pub mod records;

use flusher::Flusher;
use records::ApiKeyRecord;
use records::MembershipRecord;
use records::OrganizationRecord;
use records::UserRecord;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde::Serialize;
use sled::transaction::ConflictableTransactionError;
use sled::transaction::TransactionError;
use sled::transaction::TransactionalTree;
use slog::Logger;
use std::path::Path;
use uuid::Uuid;

const USER: &[u8] = b"user/";
const USER_EMAIL: &[u8] = b"user_email/";
const KEY: &[u8] = b"key/";
const KEY_HASH: &[u8] = b"key_hash/";
const USER_KEY: &[u8] = b"user_key/";
const ORG: &[u8] = b"org/";
const ORG_SLUG: &[u8] = b"org_slug/";
const MEMBER: &[u8] = b"member/";
const USER_ORG: &[u8] = b"user_org/";

/// Version of the record envelope this code writes and reads.
const RECORD_VERSION: u32 = 1;

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another user already has this email address.
    #[error("email address already in use")]
    EmailTaken,
    /// No free slug was found among the candidates.
    #[error("no free slug")]
    SlugUnavailable,
    /// The record to change does not exist (any more).
    #[error("record not found")]
    NotFound,
    /// The data directory is locked by another process or unreadable.
    #[error("cannot open the data directory: {0}")]
    Open(String),
    /// sled failed, or stored data could not be read.
    #[error("storage failure: {0}")]
    Internal(String),
}

impl From<sled::Error> for StoreError {
    fn from(error: sled::Error) -> StoreError {
        StoreError::Internal(error.to_string())
    }
}

impl From<TransactionError<StoreError>> for StoreError {
    fn from(error: TransactionError<StoreError>) -> StoreError {
        match error {
            TransactionError::Abort(error) => error,
            TransactionError::Storage(error) => error.into(),
        }
    }
}

type TxResult<T> = Result<T, ConflictableTransactionError<StoreError>>;

/// One page of a list, with the total across pages.
#[derive(Debug)]
pub struct Page<T> {
    pub count: u64,
    pub items: Vec<T>,
}

impl<T> Page<T> {
    /// The same page with every item converted.
    pub fn map<U>(self, convert: impl FnMut(T) -> U) -> Page<U> {
        Page {
            count: self.count,
            items: self.items.into_iter().map(convert).collect(),
        }
    }
}

/// The orgbase store. Cheap to clone.
#[derive(Clone)]
pub struct Store {
    db: sled::Db,
    flusher: Flusher,
    log: Logger,
}

#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    v: u32,
    r: &'a T,
}

#[derive(Deserialize)]
struct EnvelopeIn<T> {
    v: u32,
    r: T,
}

fn encode<T: Serialize>(record: &T) -> Vec<u8> {
    serde_json::to_vec(&EnvelopeOut { v: RECORD_VERSION, r: record })
        .expect("records serialize")
}

fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, StoreError> {
    let envelope: EnvelopeIn<T> = serde_json::from_slice(bytes)
        .map_err(|e| StoreError::Internal(format!("unreadable record: {e}")))?;
    if envelope.v != RECORD_VERSION {
        return Err(StoreError::Internal(format!(
            "record version {} is not supported",
            envelope.v
        )));
    }
    Ok(envelope.r)
}

fn key(prefix: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    let mut key = prefix.to_vec();
    for part in parts {
        key.extend_from_slice(part);
    }
    key
}

fn uuid_from(bytes: &[u8]) -> Result<Uuid, StoreError> {
    Uuid::from_slice(bytes)
        .map_err(|e| StoreError::Internal(format!("bad id in index: {e}")))
}

fn tx_get<T: DeserializeOwned>(
    tx: &TransactionalTree,
    key: &[u8],
) -> TxResult<Option<T>> {
    match tx.get(key)? {
        Some(bytes) => Ok(Some(decode(&bytes).map_err(abort)?)),
        None => Ok(None),
    }
}

fn abort(error: StoreError) -> ConflictableTransactionError<StoreError> {
    ConflictableTransactionError::Abort(error)
}

impl Store {
    /// Opens (or creates) the store in `path`.
    pub fn open(path: &Path, log: &Logger) -> Result<Store, StoreError> {
        let db = sled::Config::new().path(path).open().map_err(|e| {
            StoreError::Open(format!("{}: {e}", path.display()))
        })?;
        let log = log.new(slog::o!("component" => "store"));
        let flusher = Flusher::start(db.clone(), log.clone());
        Ok(Store { db, flusher, log })
    }

    /// Waits until everything written so far is on disk.
    pub async fn flush(&self) -> Result<(), StoreError> {
        self.flusher.flush().await
    }

    /// Flushes and stops the flusher; for shutdown. Once every clone of
    /// the store is dropped, the data directory is free for another
    /// process.
    pub fn close(self) -> Result<(), StoreError> {
        self.flusher.stop();
        self.db.flush()?;
        slog::info!(self.log, "store flushed and closed");
        Ok(())
    }

    fn fetch<T: DeserializeOwned>(
        &self,
        key: &[u8],
    ) -> Result<Option<T>, StoreError> {
        self.db.get(key)?.map(|bytes| decode(&bytes)).transpose()
    }

    /// Ids (the 16 bytes after `prefix`) of the keys under `prefix`.
    fn scan_ids(
        &self,
        prefix: &[u8],
    ) -> impl DoubleEndedIterator<Item = Result<Uuid, StoreError>> + '_ {
        let skip = prefix.len();
        self.db.scan_prefix(prefix).keys().map(move |key| {
            let key = key?;
            uuid_from(&key[skip..])
        })
    }

    /// A new numeric id (project and environment ids), unique for the life
    /// of the store.
    pub fn next_id(&self) -> Result<i64, StoreError> {
        let id = self.db.generate_id()? + 1;
        i64::try_from(id)
            .map_err(|_| StoreError::Internal("ids exhausted".into()))
    }

    // Users

    /// Whether any user exists (an empty store gets the bootstrap user).
    pub fn user_any(&self) -> Result<bool, StoreError> {
        Ok(self.db.scan_prefix(USER).next().transpose()?.is_some())
    }

    /// Inserts a user, and optionally a first API key of theirs, checking
    /// that the email (lowercased) is free.
    pub async fn user_insert(
        &self,
        user: &UserRecord,
        api_key: Option<&ApiKeyRecord>,
    ) -> Result<(), StoreError> {
        let email_key =
            key(USER_EMAIL, &[user.email.to_lowercase().as_bytes()]);
        self.db.transaction(|tx| {
            if tx.get(&email_key)?.is_some() {
                return Err(abort(StoreError::EmailTaken));
            }
            tx.insert(email_key.as_slice(), user.id.as_bytes().as_slice())?;
            tx.insert(key(USER, &[user.id.as_bytes()]), encode(user))?;
            if let Some(api_key) = api_key {
                api_key_insert_tx(tx, api_key)?;
            }
            Ok(())
        })?;
        self.flush().await
    }

    pub fn user_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<UserRecord>, StoreError> {
        self.fetch(&key(USER, &[id.as_bytes()]))
    }

    /// Changes a user with `change`, inside a transaction, and returns the
    /// result. `change` may run more than once.
    pub async fn user_update<E>(
        &self,
        id: Uuid,
        change: impl Fn(&mut UserRecord) -> Result<(), E>,
    ) -> Result<Result<UserRecord, E>, StoreError> {
        let user_key = key(USER, &[id.as_bytes()]);
        let outcome = self.db.transaction(|tx| {
            let mut user: UserRecord =
                tx_get(tx, &user_key)?.ok_or(abort(StoreError::NotFound))?;
            if let Err(error) = change(&mut user) {
                return Ok(Err(error));
            }
            tx.insert(user_key.as_slice(), encode(&user))?;
            Ok(Ok(user))
        })?;
        if outcome.is_ok() {
            self.flush().await?;
        }
        Ok(outcome)
    }

    // Personal API keys

    pub async fn api_key_insert(
        &self,
        api_key: &ApiKeyRecord,
    ) -> Result<(), StoreError> {
        self.db.transaction(|tx| api_key_insert_tx(tx, api_key))?;
        self.flush().await
    }

    pub fn api_key_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<ApiKeyRecord>, StoreError> {
        self.fetch(&key(KEY, &[id.as_bytes()]))
    }

    /// The key whose hash is `secure_value`.
    pub fn api_key_fetch_by_hash(
        &self,
        secure_value: &str,
    ) -> Result<Option<ApiKeyRecord>, StoreError> {
        match self.db.get(key(KEY_HASH, &[secure_value.as_bytes()]))? {
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
        let ids: Vec<Uuid> =
            self.scan_ids(&prefix).rev().collect::<Result<_, _>>()?;
        let items = page_of(&ids, offset, limit)
            .iter()
            .filter_map(|id| self.api_key_fetch(*id).transpose())
            .collect::<Result<_, _>>()?;
        Ok(Page { count: ids.len() as u64, items })
    }

    /// Records a use of the key. Not flushed: losing a `last_used_at`
    /// update in a crash is harmless, and this runs on the request path.
    pub fn api_key_touch(
        &self,
        id: Uuid,
        when: chrono::DateTime<chrono::Utc>,
    ) -> Result<(), StoreError> {
        let key_key = key(KEY, &[id.as_bytes()]);
        self.db.transaction(|tx| {
            if let Some(mut api_key) = tx_get::<ApiKeyRecord>(tx, &key_key)? {
                api_key.last_used_at = Some(when);
                tx.insert(key_key.as_slice(), encode(&api_key))?;
            }
            Ok(())
        })?;
        Ok(())
    }

    pub async fn api_key_remove(
        &self,
        api_key: &ApiKeyRecord,
    ) -> Result<(), StoreError> {
        self.db.transaction(|tx| {
            tx.remove(key(KEY, &[api_key.id.as_bytes()]))?;
            tx.remove(key(KEY_HASH, &[api_key.secure_value.as_bytes()]))?;
            tx.remove(key(
                USER_KEY,
                &[api_key.user_id.as_bytes(), api_key.id.as_bytes()],
            ))?;
            Ok(())
        })?;
        self.flush().await
    }

    // Organizations

    /// Inserts an organization with `owner` as its only member at `level`,
    /// and makes it the owner's current organization. The slug is the
    /// first free one of `slug_candidate(0)`, `slug_candidate(1)`, ... (at
    /// most `attempts`); the record is returned with it.
    pub async fn organization_insert(
        &self,
        organization: &OrganizationRecord,
        owner: Uuid,
        membership: &MembershipRecord,
        slug_candidate: impl Fn(u32) -> String,
        attempts: u32,
    ) -> Result<OrganizationRecord, StoreError> {
        let org_id = organization.id;
        let owner_key = key(USER, &[owner.as_bytes()]);
        let inserted = self.db.transaction(|tx| {
            let mut organization = organization.clone();
            organization.slug = (0..attempts)
                .map(&slug_candidate)
                .find(|slug| {
                    matches!(
                        tx.get(key(ORG_SLUG, &[slug.as_bytes()])),
                        Ok(None)
                    )
                })
                .ok_or(abort(StoreError::SlugUnavailable))?;
            organization.member_count = 1;
            let mut user: UserRecord =
                tx_get(tx, &owner_key)?.ok_or(abort(StoreError::NotFound))?;
            user.current_organization = Some(org_id);
            tx.insert(owner_key.as_slice(), encode(&user))?;
            tx.insert(
                key(ORG_SLUG, &[organization.slug.as_bytes()]),
                org_id.as_bytes().as_slice(),
            )?;
            tx.insert(key(ORG, &[org_id.as_bytes()]), encode(&organization))?;
            tx.insert(
                key(MEMBER, &[org_id.as_bytes(), owner.as_bytes()]),
                encode(membership),
            )?;
            tx.insert(
                key(USER_ORG, &[owner.as_bytes(), org_id.as_bytes()]),
                &[],
            )?;
            Ok(organization)
        })?;
        self.flush().await?;
        Ok(inserted)
    }

    pub fn organization_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<OrganizationRecord>, StoreError> {
        self.fetch(&key(ORG, &[id.as_bytes()]))
    }

    /// Changes an organization with `change`, inside a transaction, so
    /// concurrent changes to different fields are all kept. `change` may
    /// run more than once.
    pub async fn organization_update(
        &self,
        id: Uuid,
        change: impl Fn(&mut OrganizationRecord),
    ) -> Result<OrganizationRecord, StoreError> {
        let org_key = key(ORG, &[id.as_bytes()]);
        let updated = self.db.transaction(|tx| {
            let mut organization: OrganizationRecord =
                tx_get(tx, &org_key)?.ok_or(abort(StoreError::NotFound))?;
            change(&mut organization);
            tx.insert(org_key.as_slice(), encode(&organization))?;
            Ok(organization)
        })?;
        self.flush().await?;
        Ok(updated)
    }

    /// Removes an organization with all its memberships; members whose
    /// current organization it was are left with none.
    pub async fn organization_remove(
        &self,
        id: Uuid,
    ) -> Result<(), StoreError> {
        let org_key = key(ORG, &[id.as_bytes()]);
        let member_prefix = key(MEMBER, &[id.as_bytes()]);
        loop {
            // Transactions cannot scan, so the members are listed first and
            // the transaction checks the list is still whole (the member
            // count changes with every membership change).
            let members: Vec<Uuid> =
                self.scan_ids(&member_prefix).collect::<Result<_, _>>()?;
            let removed = self.db.transaction(|tx| {
                let organization: OrganizationRecord =
                    tx_get(tx, &org_key)?.ok_or(abort(StoreError::NotFound))?;
                if organization.member_count != members.len() as u64 {
                    return Ok(false);
                }
                tx.remove(org_key.as_slice())?;
                tx.remove(key(ORG_SLUG, &[organization.slug.as_bytes()]))?;
                for user_id in &members {
                    tx.remove(key(
                        MEMBER,
                        &[id.as_bytes(), user_id.as_bytes()],
                    ))?;
                    tx.remove(key(
                        USER_ORG,
                        &[user_id.as_bytes(), id.as_bytes()],
                    ))?;
                    let user_key = key(USER, &[user_id.as_bytes()]);
                    if let Some(mut user) = tx_get::<UserRecord>(tx, &user_key)?
                    {
                        if user.current_organization == Some(id) {
                            user.current_organization = None;
                            tx.insert(user_key.as_slice(), encode(&user))?;
                        }
                    }
                }
                Ok(true)
            })?;
            if removed {
                return self.flush().await;
            }
        }
    }

    pub fn membership_fetch(
        &self,
        organization_id: Uuid,
        user_id: Uuid,
    ) -> Result<Option<MembershipRecord>, StoreError> {
        self.fetch(&key(
            MEMBER,
            &[organization_id.as_bytes(), user_id.as_bytes()],
        ))
    }

    /// A page of the organizations `user_id` belongs to (only those that
    /// `only` names, when given), oldest first, each with the membership.
    pub fn organization_list_page_for_user(
        &self,
        user_id: Uuid,
        only: Option<&[Uuid]>,
        offset: u64,
        limit: u64,
    ) -> Result<Page<(OrganizationRecord, MembershipRecord)>, StoreError> {
        let prefix = key(USER_ORG, &[user_id.as_bytes()]);
        let ids: Vec<Uuid> = self
            .scan_ids(&prefix)
            .filter(|id| match (id, only) {
                (Ok(id), Some(only)) => only.contains(id),
                _ => true,
            })
            .collect::<Result<_, _>>()?;
        let mut items = Vec::new();
        for id in page_of(&ids, offset, limit) {
            let organization = self.organization_fetch(*id)?;
            let membership = self.membership_fetch(*id, user_id)?;
            if let (Some(organization), Some(membership)) =
                (organization, membership)
            {
                items.push((organization, membership));
            }
        }
        Ok(Page { count: ids.len() as u64, items })
    }
}

fn api_key_insert_tx(
    tx: &TransactionalTree,
    api_key: &ApiKeyRecord,
) -> TxResult<()> {
    tx.insert(key(KEY, &[api_key.id.as_bytes()]), encode(api_key))?;
    tx.insert(
        key(KEY_HASH, &[api_key.secure_value.as_bytes()]),
        api_key.id.as_bytes().as_slice(),
    )?;
    tx.insert(
        key(USER_KEY, &[api_key.user_id.as_bytes(), api_key.id.as_bytes()]),
        &[],
    )?;
    Ok(())
}

/// The `limit` items from `offset` on (empty past the end).
fn page_of<T>(items: &[T], offset: u64, limit: u64) -> &[T] {
    let start = usize::try_from(offset).unwrap_or(usize::MAX).min(items.len());
    let end =
        start.saturating_add(usize::try_from(limit).unwrap_or(usize::MAX));
    &items[start..end.min(items.len())]
}
