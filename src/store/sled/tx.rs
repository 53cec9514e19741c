//! [`Tx`] on sled: a transaction of sled's writer (`writer.rs`), and how a
//! change written once (`store::tx`) runs in it.
//!
//! sled's transactional reads and writes never wait, so the change's
//! future is polled once, to its end, inside sled's transaction closure on
//! the writer thread: there is no executor to hand it to there, and none is
//! needed. The writer may run the closure, and so the change, more than
//! once (a conflict, or another write of its batch that aborted).

use super::count_from;
use super::invites::invite_id_key;
use super::layout::abort;
use super::layout::counter_add_tx;
use super::layout::encode;
use super::layout::entry_bytes;
use super::layout::kept_count_key;
use super::layout::record_count_add_tx;
use super::layout::record_count_key;
use super::layout::record_key;
use super::layout::slug_key;
use super::layout::tx_get;
use super::layout::uuid_from;
use super::layout::Entry;
use super::layout::TxResult;
use super::layout::ID_OFFSET;
use super::records::InviteRecord;
use super::SledStore;
use super::StoreError;
use crate::store::kinds;
use crate::store::kinds::counts_of;
use crate::store::kinds::Kind;
use crate::store::kinds::Uniqueness;
use crate::store::tx::Tx;
use crate::store::types::Counted;
use futures::FutureExt;
use sled::transaction::ConflictableTransactionError;
use sled::transaction::TransactionalTree;
use uuid::Uuid;

/// A change's view of one sled transaction.
pub(crate) struct SledTx<'a>(pub(super) &'a TransactionalTree);

impl From<StoreError> for ConflictableTransactionError<StoreError> {
    fn from(error: StoreError) -> Self {
        abort(error)
    }
}

/// Runs, on the transaction it reads and writes through, a change written
/// once: a sled read or write never waits (see the module doc). For the
/// engine's own changes that call one (`guard_check`, ...).
pub(super) fn now<T>(
    change: impl std::future::Future<Output = TxResult<T>>,
) -> TxResult<T> {
    change.now_or_never().expect("a sled transaction never waits")
}

impl SledStore {
    /// Runs `change` in one durable transaction (see the module doc).
    pub(crate) async fn change<T: Send + 'static>(
        &self,
        change: impl AsyncFn(&mut SledTx<'_>) -> TxResult<T> + Send + 'static,
    ) -> Result<T, StoreError> {
        self.transaction(move |tree| now(change(&mut SledTx(tree)))).await
    }

    /// As [`SledStore::change`], answering once committed, before it is
    /// on disk: for an import's runs, which a later durable transaction
    /// makes durable (sled writes its log in order).
    pub(crate) async fn change_not_durable<T: Send + 'static>(
        &self,
        change: impl AsyncFn(&mut SledTx<'_>) -> TxResult<T> + Send + 'static,
    ) -> Result<T, StoreError> {
        self.transaction_not_durable(move |tree| now(change(&mut SledTx(tree))))
            .await
    }
}

/// The record of kind `K` at `key`.
pub(super) fn record_get_tx<K: Kind>(
    tx: &TransactionalTree,
    key: &[Uuid],
) -> TxResult<Option<K>> {
    let stored = tx_get(tx, &record_key::<K>(key))?;
    Ok(stored.map(|stored| K::from_stored(key, stored)))
}

/// Adds a record with its index entries (each unique one free, else its
/// index's error) and counts.
pub(super) fn record_insert_tx<K: Kind>(
    tx: &TransactionalTree,
    record: &K,
) -> TxResult<()> {
    let at = record_key::<K>(&record.key());
    if let Some(duplicate) = K::TABLE.duplicate {
        if tx.get(&at)?.is_some() {
            return Err(abort((duplicate.error)()));
        }
    }
    for entry in record.entries() {
        entry_insert(tx, &entry, &entry_bytes(&entry))?;
    }
    tx.insert(at, encode(record.stored()))?;
    counts_add_tx(tx, record, 1)
}

/// Moves by `delta` the store's counts of `record`'s kind: of all its
/// records, and of those under an id of its key (see [`counts_of`]).
fn counts_add_tx<K: Kind>(
    tx: &TransactionalTree,
    record: &K,
    delta: i64,
) -> TxResult<()> {
    if let Some(counted) = K::TABLE.counted {
        record_count_add_tx(tx, counted, delta)?;
    }
    for (count, id) in counts_of(record) {
        counter_add_tx(tx, &kept_count_key(count, id), delta)?;
    }
    Ok(())
}

/// Writes a stored record anew, moving the index entries that changed.
pub(super) fn record_put_tx<K: Kind>(
    tx: &TransactionalTree,
    record: &K,
) -> TxResult<()> {
    let key = record.key();
    let stored: K =
        record_get_tx(tx, &key)?.ok_or(abort(StoreError::NotFound))?;
    let (before, after) = (stored.entries(), record.entries());
    let before_bytes: Vec<Entry> = before.iter().map(entry_bytes).collect();
    let after_bytes: Vec<Entry> = after.iter().map(entry_bytes).collect();
    for bytes in &before_bytes {
        if !after_bytes.contains(bytes) {
            entry_remove(tx, bytes)?;
        }
    }
    for (entry, bytes) in after.iter().zip(&after_bytes) {
        if !before_bytes.contains(bytes) {
            entry_insert(tx, entry, bytes)?;
        }
    }
    tx.insert(record_key::<K>(&key), encode(record.stored()))?;
    Ok(())
}

/// Removes the record at `key` with its index entries and counts.
pub(super) fn record_remove_tx<K: Kind>(
    tx: &TransactionalTree,
    key: &[Uuid],
) -> TxResult<Option<K>> {
    let Some(stored) = record_get_tx::<K>(tx, key)? else {
        return Ok(None);
    };
    for entry in stored.entries() {
        entry_remove(tx, &entry_bytes(&entry))?;
    }
    tx.remove(record_key::<K>(key))?;
    counts_add_tx(tx, &stored, -1)?;
    Ok(Some(stored))
}

/// Writes an index entry: a unique one only where it is free.
fn entry_insert(
    tx: &TransactionalTree,
    entry: &kinds::Entry,
    (at, value): &Entry,
) -> TxResult<()> {
    if let Uniqueness::Unique { taken, .. } = entry.index.uniqueness {
        if tx.get(at)?.is_some() {
            return Err(abort(taken()));
        }
    }
    tx.insert(at.as_slice(), value.as_slice())?;
    Ok(())
}

/// Removes an index entry.
fn entry_remove(tx: &TransactionalTree, (at, _): &Entry) -> TxResult<()> {
    tx.remove(at.as_slice())?;
    Ok(())
}

impl Tx for SledTx<'_> {
    type Error = ConflictableTransactionError<StoreError>;

    async fn get<K: Kind>(&mut self, key: &[Uuid]) -> TxResult<Option<K>> {
        record_get_tx(self.0, key)
    }

    async fn insert<K: Kind>(&mut self, record: &K) -> TxResult<()> {
        record_insert_tx(self.0, record)
    }

    async fn insert_batch<K: Kind>(&mut self, records: &[K]) -> TxResult<()> {
        for record in records {
            record_insert_tx(self.0, record)?;
        }
        Ok(())
    }

    async fn put<K: Kind>(&mut self, record: &K) -> TxResult<()> {
        record_put_tx(self.0, record)
    }

    async fn remove<K: Kind>(&mut self, key: &[Uuid]) -> TxResult<Option<K>> {
        record_remove_tx(self.0, key)
    }

    async fn invite_by_id(
        &mut self,
        invite_id: Uuid,
    ) -> TxResult<Option<InviteRecord>> {
        let Some(organization_id) = self.0.get(invite_id_key(invite_id))?
        else {
            return Ok(None);
        };
        let organization_id = uuid_from(&organization_id).map_err(abort)?;
        record_get_tx(self.0, &[organization_id, invite_id])
    }

    async fn holds_users(&mut self) -> TxResult<bool> {
        let users = self.0.get(record_count_key(Counted::Users))?;
        let count = users.map(|count| count_from(&count)).transpose();
        Ok(count.map_err(abort)?.unwrap_or(0) > 0)
    }

    async fn slug_taken(&mut self, slug: &str) -> TxResult<bool> {
        Ok(self.0.get(slug_key(slug))?.is_some())
    }

    async fn numeric_ids_after(&mut self, largest: i64) -> TxResult<()> {
        let offset = u64::try_from(largest).unwrap_or(0);
        self.0.insert(ID_OFFSET, &offset.to_be_bytes())?;
        Ok(())
    }
}
