//! What each index should hold. An index is a set of entries made from
//! records of one kind, as the table of kinds (`store::kinds`) says; the
//! writers write and remove the entries with their records, in one
//! transaction (`tx.rs`), and this module writes nothing. It serves what
//! reads an index whole: `orgbase check` compares every index with its
//! records through one function ([`SledStore::index_differences`]), and
//! the store builds the listing indexes from their records at open
//! (`order.rs`).

use super::layout::Entry;
use super::layout::Index;
use super::SledStore;
use super::StoreError;
use std::collections::BTreeMap;

/// Where an index and its records disagree, at one entry. Records are
/// named by their keys.
#[derive(Debug, PartialEq)]
pub(super) enum Difference {
    /// No record wants the entry.
    Stray,
    /// A record wants the entry with another value.
    WrongValue { record: Vec<u8> },
    /// These records want the entry, which is absent.
    Missing { records: Vec<Vec<u8>> },
    /// These records want the entry too, besides the one whose value it
    /// holds: an entry only one record may have (a name, an address) that
    /// several claim.
    Shared { records: Vec<Vec<u8>> },
}

/// An entry an index should hold: the value that the first record
/// wanting it (in key order) gives it, and every such record.
struct Wanted {
    value: Vec<u8>,
    records: Vec<Vec<u8>>,
}

impl SledStore {
    /// The entries `index` should hold, from its records (those that do
    /// not decode are left to the checks of their own kind).
    fn index_wanted(
        &self,
        index: &Index,
    ) -> Result<BTreeMap<Vec<u8>, Wanted>, StoreError> {
        let mut wanted = BTreeMap::<Vec<u8>, Wanted>::new();
        for record in self.db.scan_prefix(index.records) {
            let (at, value) = record?;
            let Ok(entries) = index.entries(&at, &value) else {
                continue;
            };
            for (entry, value) in entries {
                wanted
                    .entry(entry)
                    .or_insert_with(|| Wanted { value, records: Vec::new() })
                    .records
                    .push(at.to_vec());
            }
        }
        Ok(wanted)
    }

    /// The entries (key and value) `index` should hold, from its records.
    pub(super) fn index_entries_wanted(
        &self,
        index: &Index,
    ) -> Result<Vec<Entry>, StoreError> {
        let wanted = self.index_wanted(index)?;
        Ok(wanted
            .into_iter()
            .map(|(entry, wanted)| (entry, wanted.value))
            .collect())
    }

    /// Where `index` and its records disagree: each entry that is stray,
    /// missing, holds the wrong value or is wanted by several records.
    pub(super) fn index_differences(
        &self,
        index: &Index,
    ) -> Result<Vec<(Vec<u8>, Difference)>, StoreError> {
        let mut wanted = self.index_wanted(index)?;
        let mut differences = Vec::new();
        for entry in self.db.scan_prefix(index.index.prefix) {
            let (at, value) = entry?;
            let Some(Wanted { value: expected, mut records }) =
                wanted.remove(at.as_ref())
            else {
                differences.push((at.to_vec(), Difference::Stray));
                continue;
            };
            let first = records.remove(0);
            if expected != value.as_ref() {
                let record = first;
                differences
                    .push((at.to_vec(), Difference::WrongValue { record }));
            }
            if !records.is_empty() {
                differences.push((at.to_vec(), Difference::Shared { records }));
            }
        }
        differences.extend(wanted.into_iter().map(|(missing, wanted)| {
            (missing, Difference::Missing { records: wanted.records })
        }));
        Ok(differences)
    }
}
