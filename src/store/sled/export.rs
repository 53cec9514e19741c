//! Export and import on sled: every record read by prefix, and an import
//! written in one transaction with the indexes each record needs, so that
//! it lands whole or not at all.
//!
//! Numeric ids (users, projects) come with the records, and sled's own id
//! generator starts afresh in a new directory: the import stores the
//! largest imported id as an offset (`id_offset`) that `next_id` adds, so
//! that new ids never meet imported ones.

use super::layout::stored_record;
use super::SledStore;
use super::StoreError;
use crate::store::activity;
use crate::store::activity::Actor;
use crate::store::kinds::each_kind;
use crate::store::kinds::EachKind;
use crate::store::kinds::ExportRecord;
use crate::store::kinds::ExportSink;
use crate::store::kinds::Kind;
use crate::store::records::OrganizationRecord;
use crate::store::tx;
use crate::store::types::Unreadable;

impl SledStore {
    /// Every record, in [`ExportRecord`]'s order, handed to `sink` as it
    /// is read (sled's scans read their keys a node at a time); one that
    /// does not decode is an error, or left out, as `unreadable` says.
    pub fn export(
        &self,
        unreadable: Unreadable,
        sink: &mut ExportSink<'_>,
    ) -> Result<(), StoreError> {
        let mut export = Export { store: self, unreadable, sink, done: Ok(()) };
        each_kind(&mut export);
        export.done
    }

    /// Writes `records` into this store, which must hold no user: in one
    /// transaction (`tx::import`), then flushed.
    pub async fn import(
        &self,
        actor: &Actor,
        records: &[ExportRecord],
    ) -> Result<(), StoreError> {
        let (records, actor) = (records.to_vec(), actor.clone());
        let arrival = move |organization: &OrganizationRecord| {
            activity::imported(&actor, organization)
        };
        self.change(async move |tx| tx::import(tx, &records, &arrival).await)
            .await?;
        // Ids taken before the offset was set may be imported ones.
        self.ids.clear();
        Ok(())
    }
}

/// Reads each kind's records in turn into an export.
struct Export<'a, 's> {
    store: &'a SledStore,
    unreadable: Unreadable,
    sink: &'a mut ExportSink<'s>,
    done: Result<(), StoreError>,
}

impl EachKind for Export<'_, '_> {
    fn kind<K: Kind>(&mut self) {
        if self.done.is_err() {
            return;
        }
        for entry in self.store.db.scan_prefix(K::TABLE.prefix) {
            let record = entry
                .map_err(StoreError::from)
                .and_then(|(at, value)| stored_record::<K>(&at, &value));
            let sent = match (record, self.unreadable) {
                (Ok(record), _) => (self.sink)(record.exported()),
                (Err(_), Unreadable::Skip) => Ok(()),
                (Err(error), Unreadable::Refuse) => Err(error),
            };
            if let Err(error) = sent {
                self.done = Err(error);
                return;
            }
        }
    }
}
