//! The store's layout in sled: every key prefix (the table in the module
//! docs of `sled`), how keys and index values are built from ids, how
//! records are encoded (a versioned JSON envelope), what an index is
//! ([`Index`]; `indexes.rs` and `order.rs` list them), and the reads and
//! counters every transaction uses. A leaf of the engine: the store's
//! opening (`mod.rs`), each kind of record's file, the indexes and the
//! transactional interface (`tx.rs`) all take these from here, so none
//! of them imports another through it.

use crate::page::JoinedPlace;
use crate::store::kinds;
use crate::store::kinds::KeptCount;
use crate::store::kinds::Kind;
use crate::store::kinds::Membership;
use crate::store::kinds::Part;
use crate::store::kinds::RoleMember;
use crate::store::records::ApiKeyRecord;
use crate::store::records::DomainRecord;
use crate::store::records::InviteRecord;
use crate::store::records::OrganizationRecord;
use crate::store::records::ProxyRecord;
use crate::store::records::RoleExternalReferenceRecord;
use crate::store::records::RoleRecord;
use crate::store::records::ScimLogRecord;
use crate::store::records::ScimUserRecord;
use crate::store::records::UserRecord;
use crate::store::types::Counted;
use crate::store::types::StoreError;
use chrono::DateTime;
use chrono::Utc;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde::Serialize;
use sled::transaction::ConflictableTransactionError;
use sled::transaction::TransactionalTree;
use uuid::Uuid;

pub(super) const USER: &[u8] = UserRecord::TABLE.prefix;
pub(super) const USER_EMAIL: &[u8] = kinds::USER_EMAIL.prefix;
pub(super) const KEY: &[u8] = ApiKeyRecord::TABLE.prefix;
pub(super) const KEY_HASH: &[u8] = kinds::KEY_HASH.prefix;
pub(super) const USER_KEY: &[u8] = kinds::USER_KEY.prefix;
pub(super) const ORG: &[u8] = OrganizationRecord::TABLE.prefix;
pub(super) const ORG_SLUG: &[u8] = kinds::ORG_SLUG.prefix;
pub(super) const MEMBER: &[u8] = Membership::TABLE.prefix;
pub(super) const MEMBER_JOINED: &[u8] = kinds::MEMBER_JOINED.prefix;
pub(super) const USER_ORG: &[u8] = kinds::USER_ORG.prefix;
pub(super) const INVITE: &[u8] = InviteRecord::TABLE.prefix;
pub(super) const INVITE_ID: &[u8] = kinds::INVITE_ID.prefix;
pub(super) const ROLE: &[u8] = RoleRecord::TABLE.prefix;
pub(super) const ROLE_NAME: &[u8] = kinds::ROLE_NAME.prefix;
pub(super) const ROLE_MEMBER: &[u8] = RoleMember::TABLE.prefix;
pub(super) const ROLE_MEMBER_JOINED: &[u8] = kinds::ROLE_MEMBER_JOINED.prefix;
pub(super) const CIMD_HASH: &[u8] = kinds::CIMD_HASH.prefix;
pub(super) const DOMAIN: &[u8] = DomainRecord::TABLE.prefix;
pub(super) const DOMAIN_NAME: &[u8] = kinds::DOMAIN_NAME.prefix;
pub(super) const DOMAIN_ID: &[u8] = kinds::DOMAIN_ID.prefix;
pub(super) const ORG_DOMAIN: &[u8] = kinds::ORG_DOMAIN.prefix;
pub(super) const ROLE_REF: &[u8] = RoleExternalReferenceRecord::TABLE.prefix;
pub(super) const ROLE_REF_KEY: &[u8] = kinds::ROLE_REF_KEY.prefix;
pub(super) const ROLE_REF_ORDER: &[u8] = kinds::ROLE_REF_ORDER.prefix;
pub(super) const PROXY: &[u8] = ProxyRecord::TABLE.prefix;
pub(super) const SCIM_USER: &[u8] = ScimUserRecord::TABLE.prefix;
pub(super) const SCIM_LOG: &[u8] = ScimLogRecord::TABLE.prefix;
pub(super) const USER_NUMERIC: &[u8] = kinds::USER_NUMERIC.prefix;
pub(super) const KEPT_COUNT: &[u8] = b"kept_count/";
pub(super) const READY: &[u8] = b"ready";
pub(super) const RECORD_COUNT: &[u8] = b"record_count/";
pub(super) const RECORD_COUNTS_KEPT: &[u8] = b"record_counts";
pub(super) const ROLE_NAMES_CURRENT: &[u8] = b"role_names";

/// The key of the numeric-id offset (see `export.rs`).
pub(super) const ID_OFFSET: &[u8] = b"id_offset";
/// Present while an import is under way (see `export.rs`).
pub(super) const IMPORT_UNDERWAY: &[u8] = b"import_underway";

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

/// The entry that keeps an organization's slug taken.
pub(super) fn slug_key(slug: &str) -> Vec<u8> {
    key(ORG_SLUG, &[slug.as_bytes()])
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

/// Reads a counter (a kept count, `record_count/`, the import's id
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

pub(super) fn scim_user_key(domain_id: Uuid, user_id: Uuid) -> Vec<u8> {
    key(SCIM_USER, &[domain_id.as_bytes(), user_id.as_bytes()])
}

/// An index entry: its key and value.
pub(super) type Entry = (Vec<u8>, Vec<u8>);

/// A signed number as bytes whose order is the numbers' order.
pub(super) fn ordered(number: i64) -> [u8; 8] {
    ((number as u64) ^ (1 << 63)).to_be_bytes()
}

/// A time as bytes whose order is the times' order (microseconds).
pub(super) fn ordered_time(at: DateTime<Utc>) -> [u8; 8] {
    ordered(at.timestamp_micros())
}

/// A place in a list in joining order as its index entries continue
/// after it: the joining time's bytes, then the id's.
pub(super) fn joined_place(place: &JoinedPlace) -> Vec<u8> {
    [&ordered_time(place.joined_at)[..], place.id.as_bytes()].concat()
}

/// Appends a key part as sled writes it (see [`Part`]).
fn part_into(part: &Part, into: &mut Vec<u8>) {
    match part {
        Part::Id(id) => into.extend_from_slice(id.as_bytes()),
        Part::Text(text) => into.extend_from_slice(text.as_bytes()),
        Part::Time(at) => into.extend_from_slice(&ordered_time(*at)),
        Part::Number(number) => into.extend_from_slice(&ordered(*number)),
        Part::Field(text) => {
            into.extend_from_slice(text.as_bytes());
            into.push(0);
        }
        Part::Optional(Some(text)) => {
            into.push(0);
            into.extend_from_slice(text.as_bytes());
            into.push(0);
        }
        Part::Optional(None) => into.push(1),
    }
}

/// Where a record of kind `K` with this key lives.
pub(super) fn record_key<K: Kind>(ids: &[Uuid]) -> Vec<u8> {
    let mut at = K::TABLE.prefix.to_vec();
    for id in ids {
        at.extend_from_slice(id.as_bytes());
    }
    at
}

/// The ids a record's key holds after its kind's prefix (None: the key
/// is not whole ids).
pub(super) fn ids_in(at: &[u8], prefix: &[u8]) -> Option<Vec<Uuid>> {
    let rest = at.get(prefix.len()..)?;
    if rest.len() % 16 != 0 {
        return None;
    }
    rest.chunks(16).map(|id| Uuid::from_slice(id).ok()).collect()
}

/// An index entry of the table (see [`kinds::Entry`]) as sled writes it.
pub(super) fn entry_bytes(entry: &kinds::Entry) -> Entry {
    let mut at = entry.index.prefix.to_vec();
    for part in &entry.key {
        part_into(part, &mut at);
    }
    let value = entry.value.iter().flat_map(|id| *id.as_bytes()).collect();
    (at, value)
}

/// Where `count` keeps its number of records under `id`.
pub(super) fn kept_count_key(count: &KeptCount, id: Uuid) -> Vec<u8> {
    key(count.prefix, &[id.as_bytes()])
}

/// The entries a record wants in one index, from its key and value.
type EntriesOf =
    fn(&[u8], &[u8], &'static kinds::Index) -> Result<Vec<Entry>, StoreError>;

/// One index, as sled's checker and the open read it whole.
pub(super) struct Index {
    pub index: &'static kinds::Index,
    /// Where the records it is made from live.
    pub records: &'static [u8],
    entries: EntriesOf,
}

impl Index {
    /// The entries a record (its key and value) wants in this index.
    pub fn entries(
        &self,
        at: &[u8],
        value: &[u8],
    ) -> Result<Vec<Entry>, StoreError> {
        (self.entries)(at, value, self.index)
    }
}

/// The ids of the record of kind `K` stored at `at` (an error: the key is
/// not whole ids after the kind's prefix).
pub(super) fn record_ids<K: Kind>(at: &[u8]) -> Result<Vec<Uuid>, StoreError> {
    ids_in(at, K::TABLE.prefix)
        .ok_or_else(|| StoreError::Internal("key does not end in ids".into()))
}

/// The record of kind `K` stored at `at` with `value`.
pub(super) fn stored_record<K: Kind>(
    at: &[u8],
    value: &[u8],
) -> Result<K, StoreError> {
    Ok(K::from_stored(&record_ids::<K>(at)?, decode(value)?))
}

fn entries_of<K: Kind>(
    at: &[u8],
    value: &[u8],
    index: &'static kinds::Index,
) -> Result<Vec<Entry>, StoreError> {
    let record: K = stored_record(at, value)?;
    Ok(record
        .entries()
        .iter()
        .filter(|entry| std::ptr::eq(entry.index, index))
        .map(entry_bytes)
        .collect())
}

/// Every index of every kind, from the table.
pub(super) fn indexes() -> Vec<Index> {
    struct Collect(Vec<Index>);
    impl kinds::EachKind for Collect {
        fn kind<K: Kind>(&mut self) {
            for index in K::TABLE.indexes {
                self.0.push(Index {
                    index,
                    records: K::TABLE.prefix,
                    entries: entries_of::<K>,
                });
            }
        }
    }
    let mut collect = Collect(Vec::new());
    kinds::each_kind(&mut collect);
    collect.0
}
