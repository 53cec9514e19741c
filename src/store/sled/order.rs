//! Listing indexes: entries that hold a kind of record in the order its
//! list shows it, so that a page of a list is a bounded scan of keys rather
//! than a read of every record and a sort. The table of kinds says which
//! ([`Uniqueness::Listing`]) and what their keys hold; for example
//!
//! | key                                                  | value       |
//! |------------------------------------------------------|-------------|
//! | `member_joined/` org_id joined_at user_id            | empty       |
//! | `role_member_joined/` org_id role_id joined_at id    | user_id     |
//! | `org_domain/` org_id domain (lowercase)              | domain_id   |
//! | `user_numeric/` numeric_id user_id                   | empty       |
//!
//! Times are microseconds since the epoch and numbers are signed 64-bit,
//! both written so that byte order is numeric order (`layout.rs`). Each
//! entry is written and removed in the same transaction as its record.
//! Stores written before these indexes existed get them built once at open
//! ([`SledStore::order_indexes_build`]); `orgbase check` compares each
//! with its records.

use super::layout::indexes;
use super::layout::record_ids;
use super::layout::record_key;
use super::layout::stored_record;
use super::SledStore;
use super::StoreError;
use crate::page::Page;
use crate::page::Start;
use crate::store::kinds::Kind;
use crate::store::kinds::Uniqueness;
use serde::de::DeserializeOwned;
use uuid::Uuid;

/// Which generation of order indexes a store holds (absent: none).
pub(super) const BUILT: &[u8] = b"order_indexes";
const GENERATION: u32 = 1;

impl SledStore {
    /// Builds every order index from its records, once, for a store
    /// written before they existed: at open, before any request.
    pub(super) fn order_indexes_build(&self) -> Result<(), StoreError> {
        if self.db.get(BUILT)?.is_some() {
            return Ok(());
        }
        let mut batch = sled::Batch::default();
        let mut entries = 0;
        let listings = indexes().into_iter().filter(|index| {
            matches!(index.index.uniqueness, Uniqueness::Listing)
        });
        for index in listings {
            for stale in self.scan_keys(index.index.prefix)? {
                batch.remove(stale);
            }
            for (entry, value) in self.index_entries_wanted(&index)? {
                batch.insert(entry, value);
                entries += 1;
            }
        }
        batch.insert(BUILT, &GENERATION.to_be_bytes());
        self.db.apply_batch(batch)?;
        self.db.flush()?;
        slog::info!(self.log, "built the order indexes"; "entries" => entries);
        Ok(())
    }

    /// The record of kind `K` at `key`.
    pub(crate) fn fetch_kind<K: Kind>(
        &self,
        key: &[Uuid],
    ) -> Result<Option<K>, StoreError> {
        let stored = self.fetch(&record_key::<K>(key))?;
        Ok(stored.map(|stored| K::from_stored(key, stored)))
    }

    /// A page of the records of kind `K` whose key begins with `parent`,
    /// in key order or its reverse: from `offset`, or (keyset, where the
    /// key is `parent` and one id more) from the one after the record
    /// whose last id is `after`, so that its cost does not grow with what
    /// comes before it.
    pub(crate) fn page_under<K: Kind>(
        &self,
        parent: &[Uuid],
        reverse: bool,
        start: Start<Uuid>,
        limit: u64,
    ) -> Result<Vec<K>, StoreError> {
        let prefix = record_key::<K>(parent);
        let (offset, after) = start.split();
        let after = after.as_ref().map(|id| id.as_bytes().as_slice());
        (self.scan_entries(&prefix, reverse, after))
            .skip(usize::try_from(offset).unwrap_or(usize::MAX))
            .take(usize::try_from(limit).unwrap_or(usize::MAX))
            .map(|entry| {
                let (at, value) = entry?;
                stored_record(&at, &value)
            })
            .collect()
    }

    /// At most `limit` records of kind `K`, in key order from the one
    /// after the whole key `after` (none: from the first).
    pub(crate) fn scan_kind<K: Kind>(
        &self,
        after: Option<&[Uuid]>,
        limit: usize,
    ) -> Result<Vec<K>, StoreError> {
        use std::ops::Bound;
        let prefix = record_key::<K>(&[]);
        let low = match after {
            Some(key) => Bound::Excluded(record_key::<K>(key)),
            None => Bound::Included(prefix.clone()),
        };
        let mut records = Vec::new();
        for entry in self.db.range::<Vec<u8>, _>((low, Bound::Unbounded)) {
            let (at, value) = entry?;
            if !at.starts_with(&prefix) || records.len() == limit {
                break;
            }
            records.push(stored_record(&at, &value)?);
        }
        Ok(records)
    }

    /// The keys of the records of kind `K` whose key begins with `parent`.
    pub(crate) fn keys_under<K: Kind>(
        &self,
        parent: &[Uuid],
    ) -> Result<Vec<Vec<Uuid>>, StoreError> {
        let keys = self.scan_keys(&record_key::<K>(parent))?;
        keys.iter().map(|at| record_ids::<K>(at)).collect()
    }

    /// How many records of kind `K` are under `parent` (keys counted,
    /// nothing decoded).
    pub(crate) fn count_under<K: Kind>(
        &self,
        parent: &[Uuid],
    ) -> Result<u64, StoreError> {
        let mut count = 0;
        for key in self.db.scan_prefix(record_key::<K>(parent)).keys() {
            key?;
            count += 1;
        }
        Ok(count)
    }

    /// The entries under `prefix`, in key order or its reverse, from the
    /// one beyond `prefix` + `after` when given.
    pub(super) fn scan_entries(
        &self,
        prefix: &[u8],
        reverse: bool,
        after: Option<&[u8]>,
    ) -> Box<
        dyn Iterator<Item = Result<(sled::IVec, sled::IVec), StoreError>> + '_,
    > {
        use std::ops::Bound;
        let read = |entry: sled::Result<_>| entry.map_err(StoreError::from);
        let Some(after) = after else {
            let scan = self.db.scan_prefix(prefix);
            return if reverse {
                Box::new(scan.rev().map(read))
            } else {
                Box::new(scan.map(read))
            };
        };
        let at = [prefix, after].concat();
        if reverse {
            let range = (Bound::Included(prefix.to_vec()), Bound::Excluded(at));
            Box::new(self.db.range::<Vec<u8>, _>(range).rev().map(read))
        } else {
            let prefix = prefix.to_vec();
            let range = (Bound::Excluded(at), Bound::Unbounded);
            Box::new(
                (self.db.range::<Vec<u8>, _>(range))
                    .take_while(move |entry| match entry {
                        Ok((at, _)) => at.starts_with(&prefix),
                        Err(_) => true,
                    })
                    .map(read),
            )
        }
    }

    /// The records that the index entries under `prefix` name
    /// (`record_key` of an entry's key and value), in key order or its
    /// reverse, from `start` (an offset, or the entry just beyond
    /// `prefix` + these bytes: keyset), at most `limit`; any removed since
    /// the scan is skipped.
    pub(super) fn records_from<T: DeserializeOwned>(
        &self,
        prefix: &[u8],
        reverse: bool,
        start: Start<Vec<u8>>,
        limit: u64,
        record_key: impl Fn(&[u8], &[u8]) -> Result<Vec<u8>, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        let (offset, after) = start.split();
        let entries = (self.scan_entries(prefix, reverse, after.as_deref()))
            .skip(usize::try_from(offset).unwrap_or(usize::MAX))
            .take(usize::try_from(limit).unwrap_or(usize::MAX));
        let mut records = Vec::new();
        for entry in entries {
            let (at, value) = entry?;
            records.extend(self.fetch(&record_key(&at, &value)?)?);
        }
        Ok(records)
    }

    /// As [`SledStore::records_from`] from `offset`, with the number of
    /// entries under `prefix` (which counts keys and decodes nothing).
    pub(super) fn page_of_records<T: DeserializeOwned>(
        &self,
        prefix: &[u8],
        reverse: bool,
        offset: u64,
        limit: u64,
        record_key: impl Fn(&[u8], &[u8]) -> Result<Vec<u8>, StoreError>,
    ) -> Result<Page<T>, StoreError> {
        let count = self.db.scan_prefix(prefix).count() as u64;
        let start = Start::Offset(offset);
        let items =
            self.records_from(prefix, reverse, start, limit, record_key)?;
        Ok(Page { count, items })
    }
}
