//! The store's layout in sled: every key prefix (the table in the module
//! docs of `sled`), how keys and index values are built from ids, how
//! records are encoded (a versioned JSON envelope), what an index is
//! ([`Index`]; `indexes.rs` and `order.rs` list them), and the reads and
//! counters every transaction uses. A leaf of the engine: the store's
//! opening (`mod.rs`), each kind of record's file, the indexes and the
//! transactional interface (`tx.rs`) all take these from here, so none
//! of them imports another through it.

use crate::store::types::Counted;
use crate::store::types::StoreError;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde::Serialize;
use sled::transaction::ConflictableTransactionError;
use sled::transaction::TransactionalTree;
use uuid::Uuid;

pub(super) const USER: &[u8] = b"user/";
pub(super) const USER_EMAIL: &[u8] = b"user_email/";
pub(super) const KEY: &[u8] = b"key/";
pub(super) const KEY_HASH: &[u8] = b"key_hash/";
pub(super) const USER_KEY: &[u8] = b"user_key/";
pub(super) const ORG: &[u8] = b"org/";
pub(super) const ORG_SLUG: &[u8] = b"org_slug/";
pub(super) const MEMBER: &[u8] = b"member/";
pub(super) const USER_ORG: &[u8] = b"user_org/";
pub(super) const USER_ORG_COUNT: &[u8] = b"user_org_count/";
pub(super) const INVITE: &[u8] = b"invite/";
pub(super) const INVITE_ID: &[u8] = b"invite_id/";
pub(super) const ROLE: &[u8] = b"role/";
pub(super) const ROLE_NAME: &[u8] = b"role_name/";
pub(super) const ROLE_MEMBER: &[u8] = b"role_member/";
pub(super) const CIMD: &[u8] = b"cimd/";
pub(super) const CIMD_HASH: &[u8] = b"cimd_hash/";
pub(super) const DOMAIN: &[u8] = b"domain/";
pub(super) const DOMAIN_NAME: &[u8] = b"domain_name/";
pub(super) const ROLE_REF: &[u8] = b"role_ref/";
pub(super) const ROLE_REF_KEY: &[u8] = b"role_ref_key/";
pub(super) const ROLE_REF_ORDER: &[u8] = b"role_ref_order/";
pub(super) const PROXY: &[u8] = b"proxy/";
pub(super) const PROXY_DOMAIN: &[u8] = b"proxy_domain/";
pub(super) const DOMAIN_ID: &[u8] = b"domain_id/";
pub(super) const SCIM_USER: &[u8] = b"scim_user/";
pub(super) const SCIM_LOG: &[u8] = b"scim_log/";
pub(super) const READY: &[u8] = b"ready";
pub(super) const RECORD_COUNT: &[u8] = b"record_count/";
pub(super) const RECORD_COUNTS_KEPT: &[u8] = b"record_counts";
pub(super) const ROLE_NAMES_CURRENT: &[u8] = b"role_names";

/// The key of the numeric-id offset (see `export.rs`).
pub(super) const ID_OFFSET: &[u8] = b"id_offset";

/// Version of the record envelope this code writes and reads.
pub(super) const RECORD_VERSION: u32 = 1;

pub(super) type TxResult<T> =
    Result<T, ConflictableTransactionError<StoreError>>;

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

pub(super) fn encode<T: Serialize>(record: &T) -> Vec<u8> {
    serde_json::to_vec(&EnvelopeOut { v: RECORD_VERSION, r: record })
        .expect("records serialize")
}

pub(super) fn decode<T: DeserializeOwned>(
    bytes: &[u8],
) -> Result<T, StoreError> {
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

pub(super) fn key(prefix: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    let mut key = prefix.to_vec();
    for part in parts {
        key.extend_from_slice(part);
    }
    key
}

pub(super) fn uuid_from(bytes: &[u8]) -> Result<Uuid, StoreError> {
    Uuid::from_slice(bytes)
        .map_err(|e| StoreError::Internal(format!("bad id in index: {e}")))
}

/// An index value naming an object under its organization (read back by
/// [`id_pair`]).
pub(super) fn owned_ids(organization_id: Uuid, id: Uuid) -> Vec<u8> {
    [organization_id.as_bytes().as_slice(), id.as_bytes()].concat()
}

/// The two ids of an index entry that names an object under its
/// organization (organization id, then object id).
pub(super) fn id_pair(
    bytes: &[u8],
    index: &str,
) -> Result<(Uuid, Uuid), StoreError> {
    if bytes.len() != 32 {
        return Err(StoreError::Internal(format!("bad {index} index entry")));
    }
    Ok((uuid_from(&bytes[..16])?, uuid_from(&bytes[16..])?))
}

/// Where the records that `kind` counts live.
pub(super) fn counted_prefix(kind: Counted) -> &'static [u8] {
    match kind {
        Counted::Organizations => ORG,
        Counted::Users => USER,
        Counted::ApiKeys => KEY,
    }
}

pub(super) fn record_count_key(kind: Counted) -> Vec<u8> {
    key(RECORD_COUNT, &[counted_prefix(kind)])
}

/// Moves the count of `kind` by `delta`, in the transaction that adds or
/// removes such a record.
pub(super) fn record_count_add_tx(
    tx: &TransactionalTree,
    kind: Counted,
    delta: i64,
) -> TxResult<()> {
    counter_add_tx(tx, &record_count_key(kind), delta)
}

/// Reads a counter (`user_org_count/`, `record_count/`, the import's id
/// offset): a u64, big-endian.
pub(super) fn count_from(bytes: &[u8]) -> Result<u64, StoreError> {
    let bytes: [u8; 8] = bytes
        .try_into()
        .map_err(|_| StoreError::Internal("bad stored count".into()))?;
    Ok(u64::from_be_bytes(bytes))
}

/// Moves the u64 counter at `at` by `delta` (absent when zero).
pub(super) fn counter_add_tx(
    tx: &TransactionalTree,
    at: &[u8],
    delta: i64,
) -> TxResult<()> {
    let count = match tx.get(at)? {
        Some(bytes) => count_from(&bytes).map_err(abort)?,
        None => 0,
    };
    match count.saturating_add_signed(delta) {
        0 => tx.remove(at)?,
        count => tx.insert(at, &count.to_be_bytes())?,
    };
    Ok(())
}

pub(super) fn tx_get<T: DeserializeOwned>(
    tx: &TransactionalTree,
    key: &[u8],
) -> TxResult<Option<T>> {
    match tx.get(key)? {
        Some(bytes) => Ok(Some(decode(&bytes).map_err(abort)?)),
        None => Ok(None),
    }
}

pub(super) fn abort(
    error: StoreError,
) -> ConflictableTransactionError<StoreError> {
    ConflictableTransactionError::Abort(error)
}

/// The organization id that a record key under `prefix` starts with.
pub(super) fn organization_in(
    at: &[u8],
    prefix: &[u8],
) -> Result<Uuid, StoreError> {
    uuid_from(at.get(prefix.len()..prefix.len() + 16).unwrap_or_default())
}

pub(super) fn scim_user_key(domain_id: Uuid, user_id: Uuid) -> Vec<u8> {
    key(SCIM_USER, &[domain_id.as_bytes(), user_id.as_bytes()])
}

pub(super) fn scim_log_key(domain_id: Uuid, log_id: Uuid) -> Vec<u8> {
    key(SCIM_LOG, &[domain_id.as_bytes(), log_id.as_bytes()])
}

/// An index entry: its key and value.
pub(super) type Entry = (Vec<u8>, Vec<u8>);

/// The entries a record wants, from the record's key and value.
type EntriesOf = fn(&[u8], &[u8]) -> Result<Vec<Entry>, StoreError>;

/// One index.
pub(super) struct Index {
    /// What `orgbase check` reports its differences under.
    pub name: &'static str,
    /// Where its entries live.
    pub prefix: &'static [u8],
    /// Where the records it is made from live.
    pub records: &'static [u8],
    /// The entries a record wants (several for some kinds).
    pub entries: EntriesOf,
}
