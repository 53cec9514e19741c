//! Export and import on sled: every record read by prefix, and an import
//! written a run at a time with the indexes each record needs.
//!
//! sled keeps a transaction in memory until it commits, so an import of a
//! large store cannot be one transaction. It lands whole or not at all
//! all the same: its first transaction writes a marker (`import_underway`,
//! holding the few keys the empty store held), its last removes it, and
//! a failure between them, or an open that finds the marker (the process
//! stopped during the import), removes everything else and puts those
//! keys back.
//!
//! Numeric ids (users, projects) come with the records, and sled's own id
//! generator starts afresh in a new directory: the import stores the
//! largest imported id as an offset (`id_offset`) that `next_id` adds, so
//! that new ids never meet imported ones.

use super::layout::decode;
use super::layout::encode;
use super::layout::stored_record;
use super::layout::IMPORT_UNDERWAY;
use super::SledStore;
use super::StoreError;
use crate::store::activity;
use crate::store::activity::Actor;
use crate::store::kinds::each_kind;
use crate::store::kinds::EachKind;
use crate::store::kinds::ExportSink;
use crate::store::kinds::Kind;
use crate::store::records::OrganizationRecord;
use crate::store::tx;
use crate::store::tx::ImportRuns;
use crate::store::types::Unreadable;
use slog::Logger;
use std::sync::Arc;

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

    /// Writes an import's records into this store, which must hold no
    /// user: all of them, or none (see the module doc).
    pub(crate) async fn import(
        &self,
        actor: &Actor,
        runs: &mut ImportRuns<'_>,
    ) -> Result<(), StoreError> {
        let before = self.import_mark().await?;
        let imported = self.import_runs(actor, runs).await;
        // Ids taken before the offset was set may be imported ones.
        self.ids.clear();
        if imported.is_err() {
            import_undo(&self.db, &before)?;
        }
        imported
    }

    /// Checks that the store holds no user, and marks an import under
    /// way, durably, with what the store held before it; that.
    async fn import_mark(&self) -> Result<Vec<StoredPair>, StoreError> {
        // Refused before the store is read (the transaction below checks
        // again): a store without users holds no record (every record is
        // a user's or an organization's, and an organization has an
        // owner), so what it holds is a few keys of bookkeeping.
        if self.user_any()? {
            return Err(StoreError::NotEmpty);
        }
        let before = self
            .db
            .iter()
            .map(|pair| pair.map(|(key, value)| (key.to_vec(), value.to_vec())))
            .collect::<Result<Vec<StoredPair>, _>>()?;
        let marker = encode(&before);
        self.change(async move |tx| {
            tx::import_start(tx).await?;
            tx.0.insert(IMPORT_UNDERWAY, marker.as_slice())?;
            Ok(())
        })
        .await?;
        Ok(before)
    }

    /// Writes each run in a transaction of its own, not waiting for the
    /// disk, then the end of the import and the marker's removal in one
    /// durable transaction, which makes every run before it durable too.
    async fn import_runs(
        &self,
        actor: &Actor,
        runs: &mut ImportRuns<'_>,
    ) -> Result<(), StoreError> {
        let actor = Arc::new(actor.clone());
        while let Some(run) = runs.next_run()? {
            let actor = actor.clone();
            let arrival = move |organization: &OrganizationRecord| {
                activity::imported(&actor, organization)
            };
            self.change_not_durable(async move |tx| {
                tx::import_run(tx, &run, &arrival).await
            })
            .await?;
        }
        let largest = runs.largest();
        self.change(async move |tx| {
            tx::import_end(tx, largest).await?;
            tx.0.remove(IMPORT_UNDERWAY)?;
            Ok(())
        })
        .await
    }

    /// Puts the store back as it was before an import that did not end
    /// (the process stopped during it), if one did not: at open, before
    /// anything reads it.
    pub(super) fn import_interrupted_undo(
        db: &sled::Db,
        log: &Logger,
    ) -> Result<(), StoreError> {
        let Some(marker) = db.get(IMPORT_UNDERWAY)? else {
            return Ok(());
        };
        slog::warn!(log, "an import did not end: removing what it wrote");
        import_undo(db, &decode::<Vec<StoredPair>>(&marker)?)
    }
}

/// Removes everything an import wrote, [`UNDO_BATCH`] keys at a time,
/// and puts back what the store held before it (`before`), the marker
/// last: a stop during this leaves the marker, and the next open does it
/// again.
fn import_undo(db: &sled::Db, before: &[StoredPair]) -> Result<(), StoreError> {
    loop {
        let keys = db
            .iter()
            .keys()
            .filter(|key| !matches!(key, Ok(key) if key == IMPORT_UNDERWAY));
        let mut batch = sled::Batch::default();
        let mut removed = 0;
        for key in keys.take(UNDO_BATCH) {
            batch.remove(key?);
            removed += 1;
        }
        if removed == 0 {
            break;
        }
        db.apply_batch(batch)?;
    }
    let mut batch = sled::Batch::default();
    for (key, value) in before {
        batch.insert(key.as_slice(), value.as_slice());
    }
    db.apply_batch(batch)?;
    db.flush()?;
    db.remove(IMPORT_UNDERWAY)?;
    db.flush()?;
    Ok(())
}

/// How many keys an undone import removes in one batch.
const UNDO_BATCH: usize = 10_000;

/// A key and its value, as sled stores them.
type StoredPair = (Vec<u8>, Vec<u8>);

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
