//! The embedded backend: sled, one process per data directory. The only
//! code in orgbase that names sled.
//!
//! ## Key layout
//! Everything lives in sled's default tree. A key is an ASCII prefix
//! followed by binary parts; a UUID is its 16 bytes (UUIDv7 ids sort by
//! creation time, so prefix scans come out oldest first). The prefixes
//! and the helpers that build keys and encode records are in `layout.rs`.
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
//! | `user_org_count/`, `invite_count/`, `role_count/`, `role_member_count/`, `domain_count/`, `scim_user_count/` id | u64 big-endian: the kept counts of the table of kinds (the user's organizations, ...; absent: 0) |
//! | `kept_count/` name                    | empty: the store keeps that count |
//! | `invite/` organization_id invite_id   | `InviteRecord`          |
//! | `invite_id/` invite_id                | organization_id         |
//! | `role/` organization_id role_id       | `RoleRecord`            |
//! | `role_name/` organization_id name     | role_id (name by `names::comparison_key`) |
//! | `role_member/` org_id role_id user_id | `RoleMembershipRecord`  |
//! | `cimd/` organization_id token_id      | `CimdTokenRecord`       |
//! | `cimd_hash/` `sha256$<hex>`           | organization_id token_id |
//! | `domain/` organization_id domain_id   | `DomainRecord`          |
//! | `domain_name/` domain (lowercase)     | organization_id domain_id |
//! | `role_ref/` organization_id ref_id    | `RoleExternalReferenceRecord` |
//! | `role_ref_key/` organization_id key   | ref_id (key: `id_key` or `slug_key` of the record) |
//! | `role_ref_order/` organization_id provider 0 provider_organization_id 0 (0 slug 0, or 1 without) ref_id | empty: the list order |
//! | `proxy/` organization_id proxy_id     | `ProxyRecord`           |
//! | `proxy_domain/` domain (lowercase)    | organization_id proxy_id |
//! | `member_joined/`, `role_member_joined/`, `org_domain/`, `user_numeric/` | order indexes: lists in the order they are shown (see `order.rs`) |
//! | `order_indexes`                       | which generation of order indexes the store holds |
//! | `domain_id/` domain_id                | organization_id (SCIM requests name only the domain) |
//! | `scim_user/` domain_id user_id        | `ScimUserRecord`        |
//! | `scim_log/` domain_id log_id          | `ScimLogRecord` (UUIDv7 ids: oldest first) |
//! | `record_count/` kind                  | u64 big-endian: how many `org/`, `user/` or `key/` records there are (absent: 0) |
//! | `record_counts`                       | empty: the store keeps `record_count/` |
//! | `role_names`                          | empty: `role_name/` compares names as `names::comparison_key` does |
//! | `ready`                               | empty: written by every readiness probe |
//!
//! What each record and index entry above holds comes from the table of
//! record kinds (`store::kinds`): a kind's prefix and key, and each index
//! entry's parts, written as `layout.rs` writes parts (ids as their 16
//! bytes, texts as they are, times and numbers so that byte order is
//! their order). `orgbase check` compares every index with its records.
//!
//! Records are JSON inside an envelope `{"v": 1, "r": <record>}`; a record
//! whose envelope version is unknown is reported, never guessed at.
//!
//! ## Atomicity and durability
//! Every change that touches more than one key (a record and its indexes,
//! an organization and its owner's membership, ...) is one sled
//! transaction, and uniqueness (email, slug) is checked inside it, so two
//! concurrent creates cannot both win. Transactions are committed by one
//! writer thread, several at once (`writer.rs`): sled runs one at a time
//! anyway, and a commit costs far more than the keys in it. Every write
//! method returns only after the change is flushed to disk. Flushes go
//! through one flusher thread, to which the writer hands each committed
//! batch: it serves all batches waiting at that moment with a single
//! `Db::flush` (group commit), then answers their writes. `flush_async` is
//! never used: in sled 0.34.7 it deadlocks when several tasks await it at
//! once.
//!
//! ## A full or failing disk
//! sled keeps the first I/O error it meets and fails every operation
//! after it, and a write whose flush failed may or may not be on disk. So
//! the store refuses a write before it starts when the file system has
//! less free space than [`SledSettings::min_free_bytes`]
//! ([`StoreError::StorageFull`]: nothing changed, and writes resume by
//! themselves once space is freed). If flushing fails anyway (something
//! else filled the disk faster, or the device failed), the store reports
//! it ([`SledStore::failed`]) and refuses every later write; the server
//! then exits so that its supervisor restarts it, and sled recovers the
//! store from its log at the next start.
//!
//! ## Starting quickly
//! sled 0.34 recovers a store at open: it reads its last snapshot, replays
//! the log written since, and writes a new snapshot. It writes snapshots
//! at no other time, so a server that wrote a million organizations
//! leaves a start that replays all of them (about 2 s on 2 cores). After a
//! clean stop, [`SledStore::write_snapshot`] opens the closed store once
//! more, so that the replay is paid at the stop and the next start reads
//! the snapshot alone, as PostgreSQL's shutdown checkpoint saves its next
//! start a recovery. After a crash the next start still replays.
//!
//! ## Counts for the metrics
//! The numbers of organizations, users and API keys are kept in the store
//! (`record_count/`), moved inside the transaction that adds or removes
//! such a record, like the user's `user_org_count/`. A scrape reads three
//! keys, and opening a store costs nothing per record: counting at open
//! would read every organization before the first request. A store from
//! before these counts gets them counted once, at open (`record_counts`
//! marks that it has them).

// The one place that may name sled (see clippy.toml).
#![allow(clippy::disallowed_types, clippy::disallowed_methods)]

mod api_keys;
pub mod check;
mod cimd;
mod domains;
mod export;
#[cfg(test)]
mod fixture;
mod flusher;
mod indexes;
pub mod invites;
mod layout;
pub mod members;
mod order;
mod organizations;
mod proxy_records;
mod remembered;
mod role_external_references;
mod roles;
mod scim;
mod tx;
mod users;
mod writer;

use super::kinds;
use super::kinds::KeptCount;
use super::records;
use super::types::Counted;
use super::types::StoreError;
use super::types::TakenIds;
use flusher::Flusher;
use layout::count_from;
use layout::counted_prefix;
use layout::decode;
use layout::kept_count_key;
use layout::key;
use layout::record_count_key;
use layout::uuid_from;
use layout::TxResult;
use layout::ID_OFFSET;
use layout::KEPT_COUNT;
use layout::READY;
use layout::RECORD_COUNTS_KEPT;
use remembered::Remembered;
use serde::de::DeserializeOwned;
use sled::transaction::TransactionError;
use sled::transaction::TransactionalTree;
use slog::Logger;
use std::path::Path;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use std::time::Instant;
use uuid::Uuid;
use writer::Durability;
use writer::Writer;

pub use flusher::FlushStats;

impl From<sled::Error> for StoreError {
    /// An I/O error is the storage failing (503 `storage_failed`); any
    /// other is orgbase's or sled's own fault.
    fn from(error: sled::Error) -> StoreError {
        match error {
            sled::Error::Io(_) => StoreError::StorageFailed(error.to_string()),
            error => StoreError::Internal(error.to_string()),
        }
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

/// Where the embedded store lives and how it guards its disk.
#[derive(Clone, Debug)]
pub struct SledSettings {
    /// The data directory (created if missing).
    pub path: PathBuf,
    /// Writes are refused (503 `storage_full`) while the file system of
    /// the data directory has less free space than this.
    pub min_free_bytes: u64,
    /// The memory of the store's caches: a quarter for sled's page cache,
    /// the rest for decoded records (`remembered.rs`), which save both
    /// sled's lookup and the decoding. Pages beyond it are read
    /// back from the data directory (the operating system's file cache
    /// usually has them) and records decoded again, so a smaller cache
    /// trades some read throughput on a store larger than it for a
    /// bounded resident size.
    pub cache_bytes: u64,
}

impl SledSettings {
    /// The default free space kept: room for sled to finish its log
    /// segment and take a snapshot with the disk otherwise full.
    pub const DEFAULT_MIN_FREE_BYTES: u64 = 64 << 20;

    /// The default cache budget. Measured with the load benchmark (the book,
    /// "Configuration"): reads by id spread over 10,000 organizations
    /// reached 0.43 of bare Dropshot with 16 MiB, 0.51 with 32 and 0.65
    /// with 48 (the records of 10,000 fit), while the peak RSS of a server
    /// of 100,000 organizations under reads spread over all of them went
    /// from 110 MiB to 115 and 122 (135 with 64). sled's own default is
    /// 1 GiB.
    pub const DEFAULT_CACHE_BYTES: u64 = 48 << 20;

    /// sled's page cache: a quarter of the cache budget.
    fn page_cache_bytes(&self) -> u64 {
        self.cache_bytes / 4
    }

    /// The remembered records: the rest of the cache budget.
    fn remembered_bytes(&self) -> u64 {
        self.cache_bytes - self.page_cache_bytes()
    }

    /// The settings of a store in `path`, with the default reserve.
    pub fn at(path: impl Into<PathBuf>) -> SledSettings {
        SledSettings {
            path: path.into(),
            min_free_bytes: SledSettings::DEFAULT_MIN_FREE_BYTES,
            cache_bytes: SledSettings::DEFAULT_CACHE_BYTES,
        }
    }
}

/// The sled store. Cheap to clone.
#[derive(Clone)]
pub struct SledStore {
    db: sled::Db,
    /// Decoded organizations and memberships (see `remembered.rs`).
    remembered: Arc<Remembered>,
    writer: Writer,
    flusher: Flusher,
    log: Logger,
    settings: Arc<SledSettings>,
    /// Numeric ids taken from sled's generator (see
    /// [`SledStore::next_id`]).
    ids: TakenIds,
}

/// The most records of one kind an import writes in one transaction
/// (`tx::ImportRuns`): a transaction's writes are held until it commits,
/// and larger ones only held more. Measured at 100,000 organizations,
/// runs of 5,000: 12.0 s and 284 MiB, against 12.3 s and 184 MiB.
pub(crate) const IMPORT_RUN: usize = 1000;

/// Numeric ids taken from sled's generator at once (see
/// [`SledStore::next_id`]).
const ID_BLOCK: u64 = 32;

impl SledStore {
    /// Opens (or creates) the store.
    pub fn open(
        settings: &SledSettings,
        log: &Logger,
    ) -> Result<SledStore, StoreError> {
        let path = settings.path.as_path();
        let db = open_db(settings)?;
        let log = log.new(slog::o!("component" => "store"));
        SledStore::import_interrupted_undo(&db, &log)?;
        // sled 0.34 keeps its log in the file `db` of its directory.
        let log_file = std::fs::File::open(path.join("db")).map_err(|e| {
            StoreError::Open(format!("{}: {e}", path.display()))
        })?;
        // The directory itself, so that the files sled created survive a
        // power cut (file creation is a change of the directory).
        std::fs::File::open(path)
            .and_then(|directory| directory.sync_all())
            .map_err(|e| {
                StoreError::Open(format!("{}: {e}", path.display()))
            })?;
        let flusher = Flusher::start(db.clone(), log_file, log.clone());
        let store = SledStore {
            remembered: Arc::new(Remembered::new(settings.remembered_bytes())),
            writer: Writer::start(db.clone(), flusher.clone()),
            db,
            flusher,
            log,
            settings: Arc::new(settings.clone()),
            ids: TakenIds::default(),
        };
        store.kept_counts_build()?;
        store.role_names_reindex()?;
        store.order_indexes_build()?;
        store.domain_ids_build()?;
        store.record_counts_build()?;
        Ok(store)
    }

    /// Makes the next open of the closed store at `settings` read a
    /// snapshot instead of replaying the log (see "Starting quickly"
    /// above): opens it once more, which writes the snapshot, and closes
    /// it. Call once every handle of the store is dropped; the last ones
    /// may hold its directory a moment longer (sled's own threads), which
    /// this waits for, up to [`RELEASE_WAIT`]. Returns how long it took.
    pub fn write_snapshot(
        settings: &SledSettings,
    ) -> Result<Duration, StoreError> {
        let started = Instant::now();
        drop(open_when_released(|| open_db(settings))?);
        Ok(started.elapsed())
    }

    /// Counts the records the metrics report, once, for a store written
    /// before it kept their counts: at open, before any request.
    fn record_counts_build(&self) -> Result<(), StoreError> {
        if self.db.contains_key(RECORD_COUNTS_KEPT)? {
            return Ok(());
        }
        let mut batch = sled::Batch::default();
        for kind in Counted::ALL {
            let found = self.db.scan_prefix(counted_prefix(kind)).count();
            batch.insert(record_count_key(kind), &(found as u64).to_be_bytes());
        }
        batch.insert(RECORD_COUNTS_KEPT, &[]);
        self.db.apply_batch(batch)?;
        self.db.flush()?;
        Ok(())
    }

    /// Counts the records under each id for every count the table of
    /// kinds keeps (see [`KeptCount`]) that this store does not keep yet
    /// (a store from before it, or a new store): once, at open, before any
    /// request. `kept_count/` + the count's name marks that it is kept.
    fn kept_counts_build(&self) -> Result<(), StoreError> {
        for (table, count) in kinds::kept_counts() {
            let kept = key(KEPT_COUNT, &[count.name.as_bytes()]);
            if self.db.contains_key(&kept)? {
                continue;
            }
            let counted = self.kept_count_tally(&table, count)?;
            let mut batch = sled::Batch::default();
            for stale in self.db.scan_prefix(count.prefix).keys() {
                batch.remove(stale?);
            }
            for (id, number) in &counted {
                batch.insert(kept_count_key(count, *id), &number.to_be_bytes());
            }
            batch.insert(kept, &[]);
            self.db.apply_batch(batch)?;
            self.db.flush()?;
            slog::info!(self.log, "counted the records under each id";
                "count" => count.name, "ids" => counted.len());
        }
        Ok(())
    }

    /// The number of `table`'s records under each id that `count` counts
    /// them under, from the records' keys.
    fn kept_count_tally(
        &self,
        table: &kinds::Table,
        count: &KeptCount,
    ) -> Result<std::collections::BTreeMap<Uuid, u64>, StoreError> {
        let at = table.prefix.len() + 16 * count.position_in(table);
        let mut counted = std::collections::BTreeMap::<Uuid, u64>::new();
        for record in self.db.scan_prefix(table.prefix).keys() {
            let record = record?;
            let id = record.get(at..at + 16).ok_or_else(|| {
                StoreError::Internal(format!(
                    "a short key under {}",
                    table.kind
                ))
            })?;
            *counted.entry(uuid_from(id)?).or_default() += 1;
        }
        Ok(counted)
    }

    /// The number of records that `count` keeps under `id`.
    pub(crate) fn kept_count(
        &self,
        count: &KeptCount,
        id: Uuid,
    ) -> Result<u64, StoreError> {
        match self.db.get(kept_count_key(count, id))? {
            Some(bytes) => count_from(&bytes),
            None => Ok(0),
        }
    }

    /// How many records of `kind` the store holds.
    pub fn count(&self, kind: Counted) -> Result<u64, StoreError> {
        match self.db.get(record_count_key(kind))? {
            Some(bytes) => count_from(&bytes),
            None => Ok(0),
        }
    }

    /// The flusher's measurements.
    pub fn flush_stats(&self) -> &FlushStats {
        self.flusher.stats()
    }

    /// Whether the store answers: a read succeeds, and a write reaches the
    /// disk through the flusher (so the flusher thread runs and sled can
    /// flush). Writes the `ready` key; counts no write, since no record
    /// changes.
    pub async fn ready(&self) -> Result<(), StoreError> {
        self.writable()?;
        self.user_any()?;
        self.db.insert(READY, &[])?;
        self.flusher.wait_for_flush().await
    }

    /// Flushes and stops the flusher; for shutdown. Once every clone of
    /// the store is dropped, the data directory is free for another
    /// process.
    pub fn close(self) -> Result<(), StoreError> {
        self.writer.stop();
        self.flusher.stop();
        self.db.flush()?;
        slog::info!(self.log, "store flushed and closed");
        Ok(())
    }

    /// Resolves once flushing has failed, with the error.
    pub async fn failed(&self) -> String {
        self.flusher.failed().await
    }

    /// Whether a write may start: flushing has not failed, and the file
    /// system keeps the free space the settings ask for.
    fn writable(&self) -> Result<(), StoreError> {
        if let Some(error) = self.flusher.failure() {
            return Err(StoreError::StorageFailed(error));
        }
        let free = fs2::available_space(&self.settings.path)
            .map_err(|e| StoreError::StorageFailed(e.to_string()))?;
        if free < self.settings.min_free_bytes {
            return Err(StoreError::StorageFull(format!(
                "{free} bytes free in {}, {} kept free",
                self.settings.path.display(),
                self.settings.min_free_bytes
            )));
        }
        Ok(())
    }

    /// Commits `write` in a transaction (see `writer.rs`: it may share
    /// one with other writes, and may run more than once), once
    /// [`SledStore::writable`] allows it, and answers once it is on disk.
    /// Every write of a record goes through here.
    async fn transaction<T: Send + 'static>(
        &self,
        write: impl Fn(&TransactionalTree) -> TxResult<T> + Send + 'static,
    ) -> Result<T, StoreError> {
        self.writable()?;
        self.writer.commit(Durability::OnDisk, write).await
    }

    /// As [`SledStore::transaction`], but answers once committed, before
    /// it is on disk: for bookkeeping a crash may lose.
    async fn transaction_not_durable<T: Send + 'static>(
        &self,
        write: impl Fn(&TransactionalTree) -> TxResult<T> + Send + 'static,
    ) -> Result<T, StoreError> {
        self.writable()?;
        self.writer.commit(Durability::Committed, write).await
    }

    fn fetch<T: DeserializeOwned>(
        &self,
        key: &[u8],
    ) -> Result<Option<T>, StoreError> {
        self.db.get(key)?.map(|bytes| decode(&bytes)).transpose()
    }

    /// A number that changes after every committed write (see
    /// [`Writer::generation`]).
    pub fn write_generation(&self) -> u64 {
        self.writer.generation()
    }

    /// The record at `key`: remembered (see `remembered.rs`), or read and
    /// then remembered. For the kinds every request reads.
    fn fetch_remembered<T>(&self, key: &[u8]) -> Result<Option<T>, StoreError>
    where
        T: DeserializeOwned + Clone + Send + Sync + 'static,
    {
        // Before the read, so that a write during it is noticed.
        let generation = self.write_generation();
        if let Some(record) = self.remembered.get(key, generation) {
            return Ok(Some(record));
        }
        let Some(bytes) = self.db.get(key)? else {
            return Ok(None);
        };
        let record = decode(&bytes)?;
        self.remembered.put(key, generation, bytes.len(), &record);
        Ok(Some(record))
    }

    /// Every key under `prefix`.
    fn scan_keys(&self, prefix: &[u8]) -> Result<Vec<sled::IVec>, StoreError> {
        self.db
            .scan_prefix(prefix)
            .keys()
            .map(|key| key.map_err(StoreError::from))
            .collect()
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

    /// A new numeric id (user, project and environment ids), unique for
    /// the life of the store: from a block of [`ID_BLOCK`] taken from
    /// sled's id generator at once. Each sled read made while the writer
    /// commits waits for the commit (sled's transactions hold a global
    /// lock), and a profile of creates found the two this took per id
    /// doing so. The ids of a block the process holds when it stops are
    /// never used. Ids taken before this scheme stay below every new one:
    /// the generator has counted each of them, and a block starts at its
    /// count times [`ID_BLOCK`].
    pub fn next_id(&self) -> Result<i64, StoreError> {
        if let Some(id) = self.ids.take() {
            return Ok(id);
        }
        // Past every id an import brought (see `export`).
        let offset = match self.db.get(ID_OFFSET)? {
            Some(bytes) => count_from(&bytes)?,
            None => 0,
        };
        let block = self.db.generate_id()?;
        // The block's first and last ids, each fitting an i64.
        let (first, last) = block
            .checked_mul(ID_BLOCK)
            .and_then(|start| start.checked_add(offset + 1))
            .and_then(|first| {
                let last = first.checked_add(ID_BLOCK - 1)?;
                Some((i64::try_from(first).ok()?, i64::try_from(last).ok()?))
            })
            .ok_or_else(exhausted)?;
        self.ids.take_from(first..=last).ok_or_else(exhausted)
    }
}

/// How long [`open_when_released`] waits for a closed store's directory.
const RELEASE_WAIT: Duration = Duration::from_secs(10);

/// sled's database in the directory of `settings`, opened (recovered
/// from its snapshot and log, and a new snapshot written).
fn open_db(settings: &SledSettings) -> Result<sled::Db, StoreError> {
    let path: &Path = &settings.path;
    sled::Config::new()
        .path(path)
        .cache_capacity(settings.page_cache_bytes())
        .open()
        .map_err(|e| StoreError::Open(format!("{}: {e}", path.display())))
}

/// Runs `open` until the directory it opens is no longer locked by the
/// store that was closed there (sled's background threads let go of it a
/// moment after its last handle is dropped), for up to [`RELEASE_WAIT`].
fn open_when_released<T>(
    mut open: impl FnMut() -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    let deadline = Instant::now() + RELEASE_WAIT;
    loop {
        match open() {
            Err(StoreError::Open(error))
                if error.contains("lock") && Instant::now() < deadline =>
            {
                std::thread::sleep(Duration::from_millis(5))
            }
            opened => return opened,
        }
    }
}

fn exhausted() -> StoreError {
    StoreError::Internal("numeric ids exhausted".into())
}

#[cfg(test)]
mod test {
    use super::fixture::Fixture;
    use super::ID_BLOCK;

    /// Numeric ids never repeat and only grow: one after another within a
    /// process, across blocks, and across a restart (which skips what was
    /// left of its block).
    #[tokio::test]
    async fn test_numeric_ids_are_unique_across_blocks_and_restarts() {
        let fixture = Fixture::new().await;
        let count = usize::try_from(ID_BLOCK).unwrap() + 3;
        let take = |fixture: &Fixture| -> Vec<i64> {
            (0..count).map(|_| fixture.store.next_id().unwrap()).collect()
        };
        let mut ids = take(&fixture);
        assert!(ids.windows(2).all(|pair| pair[1] == pair[0] + 1), "{ids:?}");
        let fixture = fixture.reopen();
        ids.extend(take(&fixture));
        assert!(ids.windows(2).all(|pair| pair[1] > pair[0]), "{ids:?}");
    }
}
