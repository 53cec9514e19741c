//! Decoded records, remembered between requests.
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
//! ## What it costs
//! Its memory is a share of the store's cache budget (`--cache-mib`,
//! [`super::SledSettings::cache_bytes`]), in bytes, each record weighed
//! at twice its encoded size: about what the decoded record takes with
//! its strings. quick_cache keeps within that weight and evicts by how
//! recently and often entries were used (S3-FIFO), from shards with their
//! own locks, so that readers on many cores do not meet on one lock.

use std::any::Any;
use std::sync::Arc;

/// A decoded record (of whichever kind its key holds), the write
/// generation it was read at, and its weight.
#[derive(Clone)]
struct Entry {
    generation: u64,
    weight: u64,
    record: Arc<dyn Any + Send + Sync>,
}

/// Weighs an entry by its key and its record's estimated size.
#[derive(Clone)]
struct ByEstimatedSize;

impl quick_cache::Weighter<Vec<u8>, Entry> for ByEstimatedSize {
    fn weight(&self, key: &Vec<u8>, entry: &Entry) -> u64 {
        key.len() as u64 + entry.weight
    }
}

/// Decoded records by their sled key.
pub struct Remembered {
    entries: quick_cache::sync::Cache<Vec<u8>, Entry, ByEstimatedSize>,
}

impl Remembered {
    /// Remembers records weighing at most `bytes` in all.
    pub fn new(bytes: u64) -> Remembered {
        // quick_cache sizes its tables from a count of entries: records
        // weigh about 1 KiB.
        let estimated_entries = usize::try_from(bytes / 1024).unwrap_or(1);
        Remembered {
            entries: quick_cache::sync::Cache::with_weighter(
                estimated_entries.max(1),
                bytes,
                ByEstimatedSize,
            ),
        }
    }

    /// The record at `key`, if it was read at `generation`.
    pub fn get<T: Clone + 'static>(
        &self,
        key: &[u8],
        generation: u64,
    ) -> Option<T> {
        let entry = self.entries.get(key)?;
        if entry.generation != generation {
            return None;
        }
        entry.record.downcast_ref::<T>().cloned()
    }

    /// Remembers `record`, decoded from the `encoded_len` bytes at `key`,
    /// as read at `generation`.
    pub fn put<T: Clone + Send + Sync + 'static>(
        &self,
        key: &[u8],
        generation: u64,
        encoded_len: usize,
        record: &T,
    ) {
        let entry = Entry {
            generation,
            weight: 2 * encoded_len as u64,
            record: Arc::new(record.clone()),
        };
        self.entries.insert(key.to_vec(), entry);
    }
}
