//! Decoded organizations and memberships, remembered between requests.
//!
//! ## Why
//! Every request about an organization reads the caller's membership and
//! the organization. Profiled under the benchmark's reads by id, reading
//! those two keys from sled and decoding their JSON took about a quarter
//! of the server's CPU: sled's page lookups, serde_json and the
//! timestamps' parsing. Remembering the decoded records makes a repeat
//! request cost two map lookups and a copy.
//!
//! ## Why it never answers with stale records
//! As for the app's callers (`app::callers`): an entry records the store's
//! write generation read *before* its record was, and is used only while
//! the generation has not moved, that is, while no write at all has been
//! committed since. So it answers exactly what reading the store would.
//! Under writes it misses and sled is read again; a read-mostly service
//! (dashboards reading their organization) hits.
//!
//! quick_cache bounds the entries and evicts by how recently and often
//! they were used (S3-FIFO), from shards with their own locks, so that
//! readers on many cores do not meet on one lock.

use std::hash::Hash;
use std::sync::Arc;

/// Records remembered per kind: about 1 KiB each for an organization, a
/// few hundred bytes for a membership.
pub const CAPACITY: usize = 8192;

/// Records of one kind by `K`, each with the write generation it was read
/// at.
pub struct Remembered<K, T> {
    entries: quick_cache::sync::Cache<K, (u64, Arc<T>)>,
}

impl<K: Eq + Hash + Clone, T: Clone> Remembered<K, T> {
    pub fn new() -> Remembered<K, T> {
        Remembered { entries: quick_cache::sync::Cache::new(CAPACITY) }
    }

    /// The record for `key`, if it was read at `generation`.
    pub fn get(&self, key: &K, generation: u64) -> Option<T> {
        match self.entries.get(key) {
            Some((read_at, record)) if read_at == generation => {
                Some(T::clone(&record))
            }
            _ => None,
        }
    }

    /// Remembers `record` for `key`, as read at `generation`.
    pub fn put(&self, key: K, generation: u64, record: &T) {
        self.entries.insert(key, (generation, Arc::new(record.clone())));
    }
}
