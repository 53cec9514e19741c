//! The store: the interface between the application and its storage, with
//! two backends behind it.
//!
//! - [`sled`](self::sled): embedded, one process per data directory, the
//!   default: nothing to set up.
//! - [`postgres`]: PostgreSQL, for several orgbase processes on one
//!   database (replicas behind a load balancer).
//!
//! ## Shape
//! [`Store`] is an enum over the backends, with async methods of the same
//! names that dispatch to the backend's own. An enum rather than a trait
//! object because several operations take a closure that decides inside
//! the write (`invite_replace`, `membership_update`, ...): the closure may
//! run more than once (sled runs a shared transaction again without a
//! write that aborted, PostgreSQL retries a serialization failure), and
//! generic closures cannot sit behind `dyn`. Those closures are `Send +
//! 'static`, owning what they use: sled's writer thread runs them. The two backends are known when orgbase is built, so
//! static dispatch costs nothing.
//!
//! Nothing of either engine crosses this interface: the application sees
//! records ([`records`]), pages, and [`StoreError`]. Every multi-record
//! change is one operation, with the invariants that must hold under
//! concurrency (uniqueness, the last owner, a writer's level through a
//! [`Guard`]) checked inside its transaction; every other rule stays in
//! the application. A write returns once it is durable.
//!
//! The changes and invariants written once for both engines live in `tx`,
//! over the transactional interface each engine implements (`Tx`); `tx`
//! says which remain each engine's own, and why.
//!
//! The values that cross the interface (`StoreError`, `Guard`, what a
//! change asks for, `ExportRecord`, ...) are defined in `types`, a leaf
//! that `tx`, the invariants and both engines import; this file, which
//! dispatches to the engines, re-exports them for the application.

pub mod activity;
pub mod invariants;
mod kinds;
pub mod postgres;
pub mod records;
pub mod sled;
mod tx;
pub(crate) use tx::ProjectTarget;
mod types;

use crate::names;
use crate::page::JoinedPlace;
use crate::page::Page;
use crate::page::Start;
use activity::Actor;
use activity::Recording;
use chrono::DateTime;
use chrono::Utc;
use kinds::each_kind_async;
use kinds::Cascade;
use kinds::EachKindAsync;
use kinds::Kind;
use records::ActivityRecord;
use records::ApiKeyRecord;
use records::CimdTokenRecord;
use records::DomainRecord;
use records::IdempotencyRecord;
use records::IdempotentAnswer;
use records::InviteRecord;
use records::MembershipRecord;
use records::OrganizationRecord;
use records::ProjectSettingsRecord;
use records::ProxyRecord;
use records::RoleExternalReferenceRecord;
use records::RoleMembershipRecord;
use records::RoleRecord;
use records::ScimLogRecord;
use records::ScimUserRecord;
use records::UserRecord;
use records::WebhookDeliveryRecord;
use records::WebhookRecord;
use slog::Logger;
use tx::ImportRuns;
use tx::Tx;
use uuid::Uuid;

pub use self::sled::FlushStats;
pub use kinds::ExportRecord;
pub use kinds::ExportSink;
pub use kinds::ImportRecords;
pub use types::CommitWitness;
pub use types::Counted;
pub use types::FilteredPage;
pub use types::Guard;
pub use types::IdempotencyClaim;
pub use types::InviteAcceptance;
pub use types::InviteChanges;
pub use types::InvitePlanning;
pub use types::MemberFilter;
pub use types::MembershipChange;
pub use types::NamedOrganization;
pub use types::OpenedOrganization;
pub use types::ProxyWrite;
pub use types::RoleSync;
pub use types::ScimLogRetention;
pub use types::ScimMembership;
pub use types::ScimUserWrite;
pub use types::StoreError;
pub use types::Unreadable;
pub use types::UserFilter;
pub use types::Violation;
pub use types::EXPORT_HEADER;

/// The store, on one of its backends. Cheap to clone.
#[derive(Clone)]
pub enum Store {
    Sled(self::sled::SledStore),
    Postgres(postgres::PgStore),
}

/// Calls the method of the same name on the store's backend.
macro_rules! backend {
    ($store:ident . $method:ident ( $($arg:expr),* )) => {
        match $store {
            Store::Sled(backend) => backend.$method($($arg),*).await,
            Store::Postgres(backend) => backend.$method($($arg),*).await,
        }
    };
}

/// How many times a change that reads first (see `tx::Listed`) reads
/// again because its organization moved meanwhile, before it gives up with
/// [`ORGANIZATION_KEPT_CHANGING`] (a 503, nothing written): each try is
/// short, so only an organization written to without pause gets there.
const LISTING_ATTEMPTS: usize = 64;

/// Who writes the idempotency keys' own bookkeeping, in the activity
/// log's terms (it writes no entries).
const IDEMPOTENCY: &str = "orgbase idempotency keys";

/// Why a change that reads first gave up.
const ORGANIZATION_KEPT_CHANGING: &str =
    "the organization kept changing while the change read it";

/// Runs a change written once (`tx`) in one transaction of the store's
/// engine, recorded in the activity log as `$actor`'s (see `activity`):
/// `$body` is the change over `$tx`, run as many times as the engine
/// must. What it captures it owns (sled runs it on its writer thread).
macro_rules! change {
    ($store:ident, $actor:expr, |$tx:ident| $body:expr) => {{
        let actor: Actor = Actor::clone($actor);
        // The change over a recording of the engine's transaction, its
        // entries written when it is done.
        macro_rules! recorded {
            () => {
                async move |engine| {
                    let mut recording = Recording::new(engine, &actor);
                    let $tx = &mut recording;
                    let done = $body?;
                    recording.finish().await?;
                    Ok(done)
                }
            };
        }
        let witness = actor.witness.clone();
        let changed = match $store {
            Store::Sled(sled) => sled.change(recorded!()).await,
            Store::Postgres(postgres) => postgres.change(recorded!()).await,
        };
        if let (Ok(_), Some(witness)) = (&changed, witness) {
            witness.note();
        }
        changed
    }};
}

/// Calls the method of the same name on the store's backend, for reads
/// (sled's are synchronous: they never wait on I/O that the page cache
/// does not already hold for long).
macro_rules! read {
    ($store:ident . $method:ident ( $($arg:expr),* )) => {
        match $store {
            Store::Sled(backend) => backend.$method($($arg),*),
            Store::Postgres(backend) => backend.$method($($arg),*).await,
        }
    };
}

/// Where the store lives, as the command line chose it.
#[derive(Clone)]
pub enum Backend {
    /// An embedded sled store (in a directory created if missing).
    Sled(self::sled::SledSettings),
    /// A PostgreSQL database, and the connections to hold to it.
    Postgres(postgres::PgSettings),
}

/// Where the store is, for the log: never the database URL, which may
/// carry a password.
impl std::fmt::Display for Backend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Backend::Sled(settings) => {
                write!(f, "sled at {}", settings.path.display())
            }
            Backend::Postgres(_) => write!(f, "PostgreSQL"),
        }
    }
}

impl Store {
    /// Opens the store on `backend`.
    pub async fn open(
        backend: &Backend,
        log: &Logger,
    ) -> Result<Store, StoreError> {
        match backend {
            Backend::Sled(settings) => Store::open_sled(settings, log),
            Backend::Postgres(settings) => {
                Store::connect_postgres(settings, log).await
            }
        }
    }

    /// Opens (or creates) the embedded store.
    pub fn open_sled(
        settings: &self::sled::SledSettings,
        log: &Logger,
    ) -> Result<Store, StoreError> {
        Ok(Store::Sled(self::sled::SledStore::open(settings, log)?))
    }

    /// Connects to the PostgreSQL database of `settings` and brings its
    /// schema up to date.
    pub async fn connect_postgres(
        settings: &postgres::PgSettings,
        log: &Logger,
    ) -> Result<Store, StoreError> {
        Ok(Store::Postgres(postgres::PgStore::connect(settings, log).await?))
    }

    /// Makes everything written so far durable, then lets go of the
    /// storage; for shutdown.
    pub fn close(self) -> Result<(), StoreError> {
        match self {
            Store::Sled(backend) => backend.close(),
            Store::Postgres(backend) => {
                backend.close();
                Ok(())
            }
        }
    }

    /// Prepares the next start of a store closed for good (after
    /// [`Store::close`] and once every handle of it is dropped): on sled,
    /// writes the snapshot that spares the next start a replay of the log
    /// ([`self::sled::SledStore::write_snapshot`]) and says how long that
    /// took. PostgreSQL checkpoints by itself: nothing to do.
    pub async fn prepare_next_start(
        backend: &Backend,
    ) -> Result<Option<std::time::Duration>, StoreError> {
        match backend {
            Backend::Sled(settings) => {
                let settings = settings.clone();
                tokio::task::spawn_blocking(move || {
                    self::sled::SledStore::write_snapshot(&settings)
                })
                .await
                .map_err(|error| StoreError::Internal(error.to_string()))?
                .map(Some)
            }
            Backend::Postgres(_) => Ok(None),
        }
    }

    /// A number that changes after every committed write, for caches that
    /// are correct only while nothing was written (see `app::callers`); None
    /// where other processes write too (PostgreSQL), so nothing may be
    /// cached.
    pub fn write_generation(&self) -> Option<u64> {
        match self {
            Store::Sled(backend) => Some(backend.write_generation()),
            Store::Postgres(_) => None,
        }
    }

    /// Checks the stored data against every invariant the store keeps;
    /// one entry per violation found: the engine's own layout (sled's
    /// indexes and counters, PostgreSQL's key columns, records that do
    /// not decode), then what the records say about each other
    /// ([`invariants`]), each record named as the export describes it.
    pub async fn check(&self) -> Result<Vec<Violation>, StoreError> {
        let mut found = read!(self.check())?;
        let records = self.export_decodable().await?;
        found.extend(invariants::violations(&records, |at| {
            records[at].describe()
        }));
        Ok(found)
    }

    /// How many records of `kind` the store holds: cheap on either backend
    /// (sled keeps the counts; PostgreSQL counts an indexed table).
    pub async fn count(&self, kind: Counted) -> Result<u64, StoreError> {
        match self {
            Store::Sled(backend) => backend.count(kind),
            Store::Postgres(backend) => backend.count(kind).await,
        }
    }

    /// The group-commit flusher's measurements (sled only: PostgreSQL
    /// commits each transaction itself).
    pub fn flush_stats(&self) -> Option<&FlushStats> {
        match self {
            Store::Sled(backend) => Some(backend.flush_stats()),
            Store::Postgres(_) => None,
        }
    }

    /// The connection pool's state (PostgreSQL only: sled has no
    /// connections).
    pub fn pool_status(&self) -> Option<postgres::PoolStatus> {
        match self {
            Store::Sled(_) => None,
            Store::Postgres(backend) => Some(backend.pool_status()),
        }
    }

    /// Resolves if the store fails in a way it cannot recover from while
    /// the process runs (sled, after an I/O error while making writes
    /// durable), with what failed; never on PostgreSQL, which reconnects
    /// by itself.
    pub async fn failed(&self) -> String {
        match self {
            Store::Sled(backend) => backend.failed().await,
            Store::Postgres(_) => std::future::pending().await,
        }
    }

    /// Whether the store answers and can write: for readiness.
    pub async fn ready(&self) -> Result<(), StoreError> {
        backend!(self.ready())
    }

    /// Every record, in [`ExportRecord`]'s order, handed to `sink` as it
    /// is read: what `orgbase export` writes, in memory that does not
    /// grow with the store (on PostgreSQL, the database at one moment).
    pub async fn export_each(
        &self,
        sink: &mut ExportSink<'_>,
    ) -> Result<(), StoreError> {
        read!(self.export(Unreadable::Refuse, sink))
    }

    /// Every record, in [`ExportRecord`]'s order.
    pub async fn export(&self) -> Result<Vec<ExportRecord>, StoreError> {
        self.export_all(Unreadable::Refuse).await
    }

    /// Every record that decodes, in [`ExportRecord`]'s order: what a
    /// check reads (one that does not decode is [`Store::check`]'s to
    /// report).
    pub async fn export_decodable(
        &self,
    ) -> Result<Vec<ExportRecord>, StoreError> {
        self.export_all(Unreadable::Skip).await
    }

    /// Every record, in memory, as `unreadable` says.
    async fn export_all(
        &self,
        unreadable: Unreadable,
    ) -> Result<Vec<ExportRecord>, StoreError> {
        let mut records = Vec::new();
        let mut sink = |record| {
            records.push(record);
            Ok(())
        };
        read!(self.export(unreadable, &mut sink))?;
        Ok(records)
    }

    /// Writes `records` (as [`Store::export`] gives them, in its order,
    /// checked first: see [`invariants`]) into this store, which must hold
    /// no user yet: all of them, or none. They are read as they are
    /// written, a run of one kind at a time (`tx::ImportRuns`), so an
    /// import of any size holds only a run.
    pub async fn import(
        &self,
        actor: &Actor,
        records: &mut ImportRecords<'_>,
    ) -> Result<(), StoreError> {
        let most = match self {
            Store::Sled(_) => sled::IMPORT_RUN,
            Store::Postgres(_) => postgres::IMPORT_RUN,
        };
        let mut runs = ImportRuns::new(records, most);
        backend!(self.import(actor, &mut runs))
    }

    /// A new numeric id (project and environment ids), unique for the life
    /// of the store.
    pub async fn next_id(&self) -> Result<i64, StoreError> {
        read!(self.next_id())
    }

    pub async fn api_key_insert(
        &self,
        actor: &Actor,
        api_key: &ApiKeyRecord,
    ) -> Result<(), StoreError> {
        let api_key = api_key.clone();
        change!(self, actor, |tx| tx.insert(&api_key).await)
    }

    pub async fn api_key_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<ApiKeyRecord>, StoreError> {
        read!(self.api_key_fetch(id))
    }

    /// What authenticating a request reads: the key whose hash is
    /// `secure_value` and its user, and, where the request names an
    /// organization, the user's membership of it with the organization.
    ///
    /// PostgreSQL reads all of it in one query, where reading the
    /// organization after would cost a second round trip on every
    /// request about an organization. sled answers without the
    /// organization (`None`): read later, it comes from memory.
    pub async fn api_key_and_user_fetch_by_hash(
        &self,
        secure_value: &str,
        organization: Option<NamedOrganization>,
    ) -> Result<
        Option<(ApiKeyRecord, UserRecord, Option<OpenedOrganization>)>,
        StoreError,
    > {
        match self {
            Store::Sled(backend) => Ok(backend
                .api_key_and_user_fetch_by_hash(secure_value)?
                .map(|(key, user)| (key, user, None))),
            Store::Postgres(backend) => {
                backend
                    .api_key_and_user_fetch_by_hash(secure_value, organization)
                    .await
            }
        }
    }

    /// A user's keys, newest first.
    pub async fn api_key_list_page(
        &self,
        user_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<ApiKeyRecord>, StoreError> {
        read!(self.api_key_list_page(user_id, offset, limit))
    }

    /// Records a successful authentication: the key's `last_used_at`
    /// and the user's `last_login`, each when asked for (`key_id`,
    /// `user_id`), in one transaction. Not made durable on sled: losing one
    /// in a crash is harmless, and this runs on the request path.
    pub async fn authentication_record(
        &self,
        key_id: Option<Uuid>,
        user_id: Option<Uuid>,
        when: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        backend!(self.authentication_record(key_id, user_id, when))
    }

    pub async fn api_key_remove(
        &self,
        actor: &Actor,
        api_key: &ApiKeyRecord,
    ) -> Result<(), StoreError> {
        let key = [api_key.id];
        change!(self, actor, |tx| {
            tx.remove::<ApiKeyRecord>(&key).await.map(|_| ())
        })
    }

    /// The record of kind `K` at `key` (see the table of kinds).
    pub(crate) async fn fetch<K: Kind>(
        &self,
        key: &[Uuid],
    ) -> Result<Option<K>, StoreError> {
        match self {
            Store::Sled(sled) => sled.fetch_kind(key),
            Store::Postgres(postgres) => postgres.fetch(key).await,
        }
    }

    /// A page of the records of kind `K` whose key begins with `parent`
    /// (an organization, for a kind kept under one), in key order or its
    /// reverse (for ids that are UUIDv7: newest first), from `start` (see
    /// the engines' `page_under`), with their number.
    pub(crate) async fn list_under<K: Kind>(
        &self,
        parent: &[Uuid],
        reverse: bool,
        start: Start<Uuid>,
        limit: u64,
    ) -> Result<Page<K>, StoreError> {
        let count = self.count_under::<K>(parent).await?;
        let items = self.page_under(parent, reverse, start, limit).await?;
        Ok(Page { count, items })
    }

    /// The records of kind `K` whose key begins with `parent`, one page
    /// (see the engines' `page_under`).
    async fn page_under<K: Kind>(
        &self,
        parent: &[Uuid],
        reverse: bool,
        start: Start<Uuid>,
        limit: u64,
    ) -> Result<Vec<K>, StoreError> {
        match self {
            Store::Sled(sled) => sled.page_under(parent, reverse, start, limit),
            Store::Postgres(postgres) => {
                postgres.page_under(parent, reverse, start, limit).await
            }
        }
    }

    /// How many records of kind `K` are under `parent`: the count the
    /// store keeps, where the table of kinds keeps one (one read), else
    /// counted (a collection bounded per organization).
    pub(crate) async fn count_under<K: Kind>(
        &self,
        parent: &[Uuid],
    ) -> Result<u64, StoreError> {
        match K::TABLE.count_under(parent) {
            Some((count, id)) => read!(self.kept_count(count, id)),
            None => match self {
                Store::Sled(sled) => sled.count_under::<K>(parent),
                Store::Postgres(postgres) => {
                    postgres.count_under::<K>(parent).await
                }
            },
        }
    }

    /// The keys of the records of kind `K` whose key begins with `parent`.
    async fn keys_under<K: Kind>(
        &self,
        parent: &[Uuid],
    ) -> Result<Vec<Vec<Uuid>>, StoreError> {
        match self {
            Store::Sled(sled) => sled.keys_under::<K>(parent),
            Store::Postgres(postgres) => postgres.keys_under::<K>(parent).await,
        }
    }

    /// Adds a record kept under its organization (the first of its key's
    /// ids), if `guard` holds.
    pub(crate) async fn insert_under<K: Kind>(
        &self,
        actor: &Actor,
        record: &K,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let (record, guard) = (record.clone(), guard.clone());
        change!(self, actor, |tx| tx::insert_under(tx, &record, &guard).await)
    }

    /// Changes the record of kind `K` at `key`, kept under its
    /// organization, as `change` decides from what is stored (it may run
    /// more than once), if `guard` holds (none: orgbase's own change).
    pub(crate) async fn update_under<K: Kind, E: Send + 'static>(
        &self,
        actor: &Actor,
        key: &[Uuid],
        guard: Option<&Guard>,
        change: impl Fn(&mut K) -> Result<(), E> + Send + Sync + 'static,
    ) -> Result<Result<K, E>, StoreError> {
        let (key, guard) = (key.to_vec(), guard.cloned());
        change!(self, actor, |tx| {
            tx::update_under(tx, &key, guard.as_ref(), &change).await
        })
    }

    /// Removes the record of kind `K` at `key`, kept under its
    /// organization, if `guard` holds; the record removed.
    pub(crate) async fn remove_under<K: Kind>(
        &self,
        actor: &Actor,
        key: &[Uuid],
        guard: &Guard,
    ) -> Result<K, StoreError> {
        let (key, guard) = (key.to_vec(), guard.clone());
        change!(self, actor, |tx| tx::remove_under(tx, &key, &guard).await)
    }

    /// Changes the project `target` names as `change` decides (it may
    /// run more than once): see `tx::project_write`.
    pub(crate) async fn project_write<E: Send + 'static>(
        &self,
        actor: &Actor,
        target: tx::ProjectTarget,
        guard: &Guard,
        change: impl Fn(
                &mut OrganizationRecord,
                Option<&mut OrganizationRecord>,
                &mut Option<ProjectSettingsRecord>,
            ) -> Result<(), E>
            + Send
            + Sync
            + 'static,
    ) -> Result<Result<tx::ProjectSettingsWritten, E>, StoreError> {
        let change = std::sync::Arc::new(change);
        // The invites are listed only for a change that takes a project
        // out of the organization (the transaction says so).
        let mut invites = None;
        for _ in 0..LISTING_ATTEMPTS {
            let place = tx::ProjectPlace { target: target.clone(), invites };
            let (guard, change) = (guard.clone(), change.clone());
            let written = change!(self, actor, |tx| {
                tx::project_write(tx, &place, &guard, &*change).await
            })?;
            match written {
                Ok(Some(written)) => return Ok(Ok(written)),
                Ok(None) => {
                    let id = target.organization_id;
                    let seen = self.organization_listed_at(id).await?;
                    let under = self.keys_under::<InviteRecord>(&[id]).await?;
                    invites =
                        Some(tx::Listed { revision: seen.revision, under });
                }
                Err(refusal) => return Ok(Err(refusal)),
            }
        }
        Err(StoreError::Unavailable(ORGANIZATION_KEPT_CHANGING.into()))
    }

    /// The token whose hash is `secure_value`.
    pub async fn cimd_token_fetch_by_hash(
        &self,
        secure_value: &str,
    ) -> Result<Option<CimdTokenRecord>, StoreError> {
        read!(self.cimd_token_fetch_by_hash(secure_value))
    }

    /// A page of the organization's domains, by name: after the domain
    /// whose id is `after` (keyset), or from `offset` (also where that
    /// domain has gone since), with their number (kept: one read).
    pub async fn domain_list_page(
        &self,
        organization_id: Uuid,
        offset: u64,
        after: Option<Uuid>,
        limit: u64,
    ) -> Result<Page<DomainRecord>, StoreError> {
        let start = self
            .start_after_named(
                organization_id,
                offset,
                after,
                |domain: DomainRecord| domain.domain,
            )
            .await?;
        let items =
            read!(self.domain_list_page(organization_id, start, limit))?;
        let count =
            self.count_under::<DomainRecord>(&[organization_id]).await?;
        Ok(Page { count, items })
    }

    /// Where a list in name order starts: after the name of the record of
    /// the organization whose id is `after`, or at `offset` where none is
    /// given or that record has gone.
    async fn start_after_named<K: Kind>(
        &self,
        organization_id: Uuid,
        offset: u64,
        after: Option<Uuid>,
        name: impl FnOnce(K) -> String,
    ) -> Result<Start<String>, StoreError> {
        let named = match after {
            Some(id) => self.fetch::<K>(&[organization_id, id]).await?,
            None => None,
        };
        Ok(named
            .map_or(Start::Offset(offset), |record| Start::After(name(record))))
    }

    /// The domain record of this name (lowercase), in whichever
    /// organization has it.
    pub async fn domain_fetch_by_name(
        &self,
        domain: &str,
    ) -> Result<Option<DomainRecord>, StoreError> {
        read!(self.domain_fetch_by_name(domain))
    }

    pub async fn domain_insert(
        &self,
        actor: &Actor,
        domain: &DomainRecord,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let (domain, guard) = (domain.clone(), guard.clone());
        change!(self, actor, |tx| tx::domain_insert(tx, &domain, &guard).await)
    }

    /// Changes a domain with `change` inside a transaction (it may run
    /// more than once, and may refuse). The domain name never changes.
    pub async fn domain_update<E: Send + 'static>(
        &self,
        actor: &Actor,
        organization_id: Uuid,
        domain_id: Uuid,
        guard: &Guard,
        change: impl Fn(&mut DomainRecord) -> Result<(), E> + Send + 'static,
    ) -> Result<Result<DomainRecord, E>, StoreError> {
        let guard = guard.clone();
        change!(self, actor, |tx| {
            let (organization, domain) = (organization_id, domain_id);
            tx::domain_update(tx, organization, domain, &guard, &change).await
        })
    }

    /// Removes a domain with its SCIM users' records and its SCIM request
    /// log, listed first, then removed in one transaction that lists again
    /// if the organization moved meanwhile (`tx::domain_remove`).
    pub async fn domain_remove(
        &self,
        actor: &Actor,
        domain: &DomainRecord,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        for _ in 0..LISTING_ATTEMPTS {
            let seen =
                self.organization_listed_at(domain.organization_id).await?;
            let scim_users =
                self.scim_user_list_page(domain.id, 0, u64::MAX).await?;
            let log_entries = read!(self.scim_log_ids(domain.id))?;
            let listed = tx::DomainListing {
                revision: seen.revision,
                under: (scim_users.items, log_entries),
            };
            let (domain, guard) = (domain.clone(), guard.clone());
            let removed = change!(self, actor, |tx| {
                tx::domain_remove(tx, &domain, &guard, &listed).await
            })?;
            if removed {
                return Ok(());
            }
        }
        Err(StoreError::Unavailable(ORGANIZATION_KEPT_CHANGING.into()))
    }

    /// An invite, by id alone.
    pub async fn invite_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<InviteRecord>, StoreError> {
        read!(self.invite_fetch(id))
    }

    /// Every invite to `email` (compared case-insensitively), in any
    /// organization, with that organization's name.
    pub async fn invite_list_for_email(
        &self,
        email: &str,
    ) -> Result<Vec<(InviteRecord, String)>, StoreError> {
        read!(self.invite_list_for_email(email))
    }

    /// Removes and adds invites of an organization in one transaction, as
    /// `plan` decides from what it sees (it may run more than once, and may
    /// refuse); `inviter` is the user whose membership it sees. What it
    /// sees is read before the transaction, which plans again if the
    /// organization moved meanwhile (every write under it, a membership's
    /// included, moves it).
    pub async fn invite_replace<E>(
        &self,
        actor: &Actor,
        organization_id: Uuid,
        inviter: Uuid,
        plan: impl Fn(&InvitePlanning) -> Result<InviteChanges, E>,
    ) -> Result<Result<Vec<InviteRecord>, E>, StoreError> {
        for _ in 0..LISTING_ATTEMPTS {
            let seen = self.organization_listed_at(organization_id).await?;
            let existing = self
                .list_under(
                    &[organization_id],
                    false,
                    Start::Offset(0),
                    u64::MAX,
                )
                .await?
                .items;
            let membership =
                self.membership_fetch(organization_id, inviter).await?;
            let changes = match plan(&InvitePlanning {
                organization: &seen,
                inviter: membership.as_ref(),
                existing: &existing,
            }) {
                Ok(changes) => changes,
                Err(refusal) => return Ok(Err(refusal)),
            };
            let listed = tx::Listed { revision: seen.revision, under: changes };
            let inserted = listed.under.insert.clone();
            let done = change!(self, actor, |tx| {
                tx::invite_replace(tx, organization_id, &listed).await
            })?;
            if done {
                return Ok(Ok(inserted));
            }
        }
        Err(StoreError::Unavailable(ORGANIZATION_KEPT_CHANGING.into()))
    }

    /// Accepts an invite for `user_id`: if `decide` agrees (it sees the
    /// invite, organization, user, and whether they are a member already),
    /// the membership it returns is added (with its roles, which must
    /// exist), the invite is consumed, and the organization becomes the
    /// user's current one, all in one transaction. Two acceptances of one
    /// invite: exactly one wins.
    pub async fn invite_accept<E: Send + 'static>(
        &self,
        actor: &Actor,
        invite_id: Uuid,
        user_id: Uuid,
        decide: impl Fn(&InviteAcceptance) -> Result<MembershipRecord, E>
            + Send
            + 'static,
    ) -> Result<Result<MembershipRecord, E>, StoreError> {
        change!(self, actor, |tx| {
            tx::invite_accept(tx, invite_id, user_id, &decide).await
        })
    }

    /// A page of an organization's memberships, each with its user, by
    /// joining time (ties by user id), oldest or newest first; only those
    /// that `filter` accepts, when given.
    pub async fn member_list_page(
        &self,
        organization_id: Uuid,
        filter: Option<MemberFilter<'_>>,
        newest_first: bool,
        start: Start<JoinedPlace>,
        limit: u64,
    ) -> Result<Page<(MembershipRecord, UserRecord)>, StoreError> {
        let Some(filter) = filter else {
            // The page through the joining-time index, and the count the
            // organization keeps in step with its memberships: neither
            // grows with the number of members.
            let items = read!(self.member_page(
                organization_id,
                newest_first,
                start,
                limit
            ))?;
            let organization = self.organization_fetch(organization_id).await?;
            let count = organization.map_or(0, |found| found.member_count);
            return Ok(Page { count, items });
        };
        read!(self.member_list_filtered(
            organization_id,
            filter,
            newest_first,
            start,
            limit
        ))
    }

    /// The memberships of these users in the organization, each with its
    /// user, in no particular order (users who are not members are left
    /// out).
    pub async fn member_fetch_many(
        &self,
        organization_id: Uuid,
        user_ids: &[Uuid],
    ) -> Result<Vec<(MembershipRecord, UserRecord)>, StoreError> {
        read!(self.member_fetch_many(organization_id, user_ids))
    }

    /// Sets the level of `target`'s membership to what `decide` returns,
    /// inside a transaction; `decide` sees the current records (it may run
    /// more than once) and may refuse.
    pub async fn membership_update<E: Send + 'static>(
        &self,
        actor: &Actor,
        organization_id: Uuid,
        actor_id: Uuid,
        target: Uuid,
        decide: impl Fn(&MembershipChange) -> Result<MembershipRecord, E>
            + Send
            + 'static,
    ) -> Result<Result<MembershipRecord, E>, StoreError> {
        change!(self, actor, |tx| {
            let (organization, actor, target) =
                (organization_id, actor_id, target);
            tx::membership_update(tx, organization, actor, target, &decide)
                .await
        })
    }

    /// Removes `target`'s membership if `allow` agrees, inside a
    /// transaction (`allow` may run more than once).
    pub async fn membership_remove<E: Send + 'static>(
        &self,
        actor: &Actor,
        organization_id: Uuid,
        actor_id: Uuid,
        target: Uuid,
        allow: impl Fn(&MembershipChange) -> Result<(), E> + Send + 'static,
    ) -> Result<Result<(), E>, StoreError> {
        change!(self, actor, |tx| {
            let (organization, actor, target) =
                (organization_id, actor_id, target);
            tx::membership_remove(tx, organization, actor, target, &allow).await
        })
    }

    /// Inserts an organization with `owner` as its only member (an owner),
    /// and makes it the owner's current organization, logged as `actor`'s. The slug is the
    /// first free one of `slug_candidate(0)`, `slug_candidate(1)`, ... (at
    /// most `attempts`); the record is returned with it.
    pub async fn organization_insert(
        &self,
        actor: &Actor,
        organization: &OrganizationRecord,
        owner: Uuid,
        membership: &MembershipRecord,
        slug_candidate: impl Fn(u32) -> String,
        attempts: u32,
    ) -> Result<OrganizationRecord, StoreError> {
        if actor.idempotency.is_some() {
            let candidates: Vec<String> =
                (0..attempts).map(slug_candidate).collect();
            let (organization, membership) =
                (organization.clone(), membership.clone());
            return change!(self, actor, |tx| {
                tx::organization_insert(
                    tx,
                    &organization,
                    owner,
                    &membership,
                    &candidates,
                )
                .await
            });
        }
        let witness = actor.witness.clone();
        let (actor, organization_id) = (actor.clone(), organization.id);
        let owner_membership =
            kinds::Membership { organization_id, record: membership.clone() };
        let entries = move |organization: &OrganizationRecord| {
            activity::organization_created(
                &actor,
                organization,
                &owner_membership,
            )
        };
        let inserted = backend!(self.organization_insert(
            organization,
            owner,
            membership,
            slug_candidate,
            attempts,
            entries
        ));
        if let (Ok(_), Some(witness)) = (&inserted, witness) {
            witness.note();
        }
        inserted
    }

    pub async fn organization_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<OrganizationRecord>, StoreError> {
        read!(self.organization_fetch(id))
    }

    /// Changes an organization with `change`, inside a transaction, so
    /// concurrent changes to different fields are all kept. `change` may
    /// run more than once.
    pub async fn organization_update(
        &self,
        actor: &Actor,
        id: Uuid,
        guard: &Guard,
        change: impl Fn(&mut OrganizationRecord) + Send + 'static,
    ) -> Result<OrganizationRecord, StoreError> {
        let guard = guard.clone();
        change!(self, actor, |tx| tx::organization_update(
            tx, id, &guard, &change
        )
        .await)
    }

    /// Removes an organization with its memberships and everything kept
    /// under it, at once; members whose current organization it was are
    /// left with none.
    pub async fn organization_remove(
        &self,
        actor: &Actor,
        id: Uuid,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        for _ in 0..LISTING_ATTEMPTS {
            let listed = self.organization_listing(id).await?;
            let guard = guard.clone();
            let removed = change!(self, actor, |tx| {
                tx::organization_remove(tx, id, &guard, &listed).await
            })?;
            if removed {
                return Ok(());
            }
        }
        Err(StoreError::Unavailable(ORGANIZATION_KEPT_CHANGING.into()))
    }

    /// The organization a change that reads first (see `tx::Listed`) reads
    /// at: its revision is what the change's transaction checks.
    async fn organization_listed_at(
        &self,
        id: Uuid,
    ) -> Result<OrganizationRecord, StoreError> {
        self.organization_fetch(id).await?.ok_or(StoreError::NotFound)
    }

    /// Everything under an organization, with its revision, read before
    /// the transaction that removes it.
    async fn organization_listing(
        &self,
        id: Uuid,
    ) -> Result<tx::OrganizationListing, StoreError> {
        let seen = self.organization_listed_at(id).await?;
        let all = u64::MAX;
        let members =
            (self.member_list_page(id, None, false, Start::Offset(0), all))
                .await?;
        let mut domains = Vec::new();
        let domains_under = self
            .list_under::<DomainRecord>(&[id], false, Start::Offset(0), all)
            .await?;
        for domain in domains_under.items {
            let scim_users =
                self.scim_user_list_page(domain.id, 0, all).await?;
            let log_entries = read!(self.scim_log_ids(domain.id))?;
            domains.push((domain, scim_users.items, log_entries));
        }
        let mut listing = ListedKeys { store: self, id, listed: Vec::new() };
        each_kind_async(&mut listing).await?;
        let contents = tx::OrganizationContents {
            members: members.items.iter().map(|(_, user)| user.id).collect(),
            domains,
            listed: listing.listed,
        };
        Ok(tx::Listed { revision: seen.revision, under: contents })
    }

    pub async fn membership_fetch(
        &self,
        organization_id: Uuid,
        user_id: Uuid,
    ) -> Result<Option<MembershipRecord>, StoreError> {
        read!(self.membership_fetch(organization_id, user_id))
    }

    /// The user's membership of the organization, with the organization:
    /// what every operation on an organization reads first, in one read
    /// on PostgreSQL.
    pub async fn membership_and_organization_fetch(
        &self,
        organization_id: Uuid,
        user_id: Uuid,
    ) -> Result<Option<(MembershipRecord, OrganizationRecord)>, StoreError>
    {
        read!(self.membership_and_organization_fetch(organization_id, user_id))
    }

    /// A page of the organizations `user_id` belongs to (only those that
    /// `only` names, when given), oldest first, each with the membership.
    /// Costs the page, not the number of the user's organizations: the
    /// count is kept in `user_org_count/`, and the scan stops at the end
    /// of the page.
    pub async fn organization_list_page_for_user(
        &self,
        user_id: Uuid,
        only: Option<&[Uuid]>,
        start: Start<Uuid>,
        limit: u64,
    ) -> Result<Page<(OrganizationRecord, MembershipRecord)>, StoreError> {
        read!(self.organization_list_page_for_user(user_id, only, start, limit))
    }

    /// A page of the organization's roles, by name (as
    /// `names::comparison_key` orders them): after the role whose id is
    /// `after` (keyset), or from `offset` (also where that role has gone
    /// since), with their number (kept: one read).
    pub async fn role_list_page(
        &self,
        organization_id: Uuid,
        offset: u64,
        after: Option<Uuid>,
        limit: u64,
    ) -> Result<Page<RoleRecord>, StoreError> {
        let start = self
            .start_after_named(
                organization_id,
                offset,
                after,
                |role: RoleRecord| names::comparison_key(&role.name),
            )
            .await?;
        let items = read!(self.role_list_page(organization_id, start, limit))?;
        let count = self.count_under::<RoleRecord>(&[organization_id]).await?;
        Ok(Page { count, items })
    }

    /// A page of a role's memberships, oldest first, from `start`, with
    /// their number (kept: one read).
    pub async fn role_member_list_page(
        &self,
        organization_id: Uuid,
        role_id: Uuid,
        start: Start<JoinedPlace>,
        limit: u64,
    ) -> Result<Page<RoleMembershipRecord>, StoreError> {
        let items = read!(self.role_member_list_page(
            organization_id,
            role_id,
            start,
            limit
        ))?;
        let count = (self
            .count_under::<kinds::RoleMember>(&[organization_id, role_id]))
        .await?;
        Ok(Page { count, items })
    }

    /// Every membership of these roles, oldest first.
    pub async fn role_members_of(
        &self,
        organization_id: Uuid,
        role_ids: &[Uuid],
    ) -> Result<Vec<RoleMembershipRecord>, StoreError> {
        read!(self.role_members_of(organization_id, role_ids))
    }

    /// Inserts a role whose name is not taken in its organization.
    pub async fn role_insert(
        &self,
        actor: &Actor,
        role: &RoleRecord,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let (role, guard) = (role.clone(), guard.clone());
        change!(self, actor, |tx| tx::role_insert(tx, &role, &guard).await)
    }

    /// Changes a role with `change` (not its ids), inside a transaction
    /// (`change` may run more than once); a new name must be free (its
    /// own old name is).
    pub async fn role_update(
        &self,
        actor: &Actor,
        organization_id: Uuid,
        role_id: Uuid,
        guard: &Guard,
        change: impl Fn(&mut RoleRecord) + Send + 'static,
    ) -> Result<RoleRecord, StoreError> {
        let guard = guard.clone();
        change!(self, actor, |tx| {
            let (organization, role) = (organization_id, role_id);
            tx::role_update(tx, organization, role, &guard, &change).await
        })
    }

    /// Removes a role with its memberships and external references; the
    /// organization's default role is cleared if it was this one. What
    /// lives under the role is listed first, then removed in one
    /// transaction that lists again if the organization moved meanwhile
    /// (`tx::role_remove`).
    pub async fn role_remove(
        &self,
        actor: &Actor,
        organization_id: Uuid,
        role_id: Uuid,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        for _ in 0..LISTING_ATTEMPTS {
            let seen = self.organization_listed_at(organization_id).await?;
            let members =
                self.role_members_of(organization_id, &[role_id]).await?;
            let references = self
                .role_external_reference_list_page(organization_id, 0, u64::MAX)
                .await?;
            let listed = tx::RoleListing {
                revision: seen.revision,
                under: (
                    members.iter().map(|member| member.user_id).collect(),
                    (references.items.into_iter())
                        .filter(|reference| reference.role_id == role_id)
                        .collect(),
                ),
            };
            let guard = guard.clone();
            let removed = change!(self, actor, |tx| {
                tx::role_remove(tx, organization_id, role_id, &guard, &listed)
                    .await
            })?;
            if removed {
                return Ok(());
            }
        }
        Err(StoreError::Unavailable(ORGANIZATION_KEPT_CHANGING.into()))
    }

    /// Adds a member of the organization to a role they are not in.
    pub async fn role_member_insert(
        &self,
        actor: &Actor,
        organization_id: Uuid,
        member: &RoleMembershipRecord,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let (member, guard) = (member.clone(), guard.clone());
        change!(self, actor, |tx| {
            tx::role_member_insert(tx, organization_id, &member, &guard).await
        })
    }

    /// Creates or changes a role and its members as `sync` says, in one
    /// transaction.
    pub async fn role_sync(
        &self,
        actor: &Actor,
        sync: &RoleSync<'_>,
        guard: &Guard,
    ) -> Result<RoleRecord, StoreError> {
        let sync = sync.owned();
        let guard = guard.clone();
        change!(self, actor, |tx| tx::role_sync(tx, &sync, &guard).await)
    }

    /// Takes a user out of a role.
    pub async fn role_member_remove(
        &self,
        actor: &Actor,
        organization_id: Uuid,
        role_id: Uuid,
        user_id: Uuid,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let guard = guard.clone();
        change!(self, actor, |tx| {
            let (organization, role, user) =
                (organization_id, role_id, user_id);
            tx::role_member_remove(tx, organization, role, user, &guard).await
        })
    }

    /// Whether any user exists (an empty store gets the bootstrap user).
    pub async fn user_any(&self) -> Result<bool, StoreError> {
        read!(self.user_any())
    }

    /// Inserts a user, and optionally a first API key of theirs, checking
    /// that the email (lowercased) is free.
    pub async fn user_insert(
        &self,
        actor: &Actor,
        user: &UserRecord,
        api_key: Option<&ApiKeyRecord>,
    ) -> Result<(), StoreError> {
        let (user, api_key) = (user.clone(), api_key.cloned());
        change!(self, actor, |tx| tx::user_insert(tx, &user, api_key.as_ref())
            .await)
    }

    pub async fn user_fetch(
        &self,
        id: Uuid,
    ) -> Result<Option<UserRecord>, StoreError> {
        read!(self.user_fetch(id))
    }

    /// Changes a user with `change`, inside a transaction, and returns the
    /// result. `change` may run more than once. A change of the current
    /// organization is checked in the same transaction: the user must
    /// belong to it (else `NotAMember`), so a concurrent removal or deletion
    /// cannot leave it pointing at an organization that is not theirs.
    ///
    /// `staff_witness`, when given, is another user who must still be
    /// staff when the change commits (else [`StoreError::StaffWitness`]),
    /// read in the same transaction (and on PostgreSQL locked against a
    /// concurrent change), so that a staff user giving up staff never
    /// leaves the instance without one.
    pub async fn user_update<E: Send + 'static>(
        &self,
        actor: &Actor,
        id: Uuid,
        staff_witness: Option<Uuid>,
        change: impl Fn(&mut UserRecord) -> Result<(), E> + Send + 'static,
    ) -> Result<Result<UserRecord, E>, StoreError> {
        change!(self, actor, |tx| {
            tx::user_update(tx, id, staff_witness, &change).await
        })
    }

    /// A page of the users, by numeric id; only those that `filter`
    /// accepts, when given.
    pub async fn user_list_page(
        &self,
        filter: Option<UserFilter<'_>>,
        offset: u64,
        limit: u64,
    ) -> Result<Page<UserRecord>, StoreError> {
        read!(self.user_list_page(filter, offset, limit))
    }

    /// These users, in no particular order (ids of no user are left out).
    pub async fn user_fetch_many(
        &self,
        ids: &[Uuid],
    ) -> Result<Vec<UserRecord>, StoreError> {
        read!(self.user_fetch_many(ids))
    }

    /// The user with this email address (case-insensitively).
    pub async fn user_fetch_by_email(
        &self,
        email: &str,
    ) -> Result<Option<UserRecord>, StoreError> {
        read!(self.user_fetch_by_email(email))
    }

    /// A page of the organization's role external references, ordered
    /// as PostHog orders them: by provider, provider organization and slug
    /// (compared as bytes; references without a slug after those with
    /// one), then by id.
    pub async fn role_external_reference_list_page(
        &self,
        organization_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<RoleExternalReferenceRecord>, StoreError> {
        read!(self.role_external_reference_list_page(
            organization_id,
            offset,
            limit
        ))
    }

    /// The organization's reference that has any of these uniqueness keys
    /// (`RoleExternalReferenceRecord::id_key`, `slug_key`); of several,
    /// the oldest.
    pub async fn role_external_reference_lookup(
        &self,
        organization_id: Uuid,
        keys: &[String],
    ) -> Result<Option<RoleExternalReferenceRecord>, StoreError> {
        read!(self.role_external_reference_lookup(organization_id, keys))
    }

    /// Inserts a reference to one of its organization's roles (else
    /// `UnknownRole`) whose provider role the organization does not map
    /// yet, by id or by slug (else `ReferenceTaken`).
    pub async fn role_external_reference_insert(
        &self,
        actor: &Actor,
        reference: &RoleExternalReferenceRecord,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let (reference, guard) = (reference.clone(), guard.clone());
        change!(self, actor, |tx| {
            tx::role_external_reference_insert(tx, &reference, &guard).await
        })
    }

    /// Adds a record kept under its organization (a proxy record, a
    /// webhook endpoint), if its organization has fewer than `limit` of its
    /// kind (else `LimitReached`), with the kind's uniqueness (a proxy
    /// record's domain: `ProxyDomainTaken`), all checked in the write's
    /// transaction: the records are counted before it, which counts again
    /// if the organization moved meanwhile.
    pub(crate) async fn insert_limited<K: Kind>(
        &self,
        actor: &Actor,
        record: &K,
        guard: &Guard,
        limit: u64,
    ) -> Result<(), StoreError> {
        let organization_id = record.key()[0];
        for _ in 0..LISTING_ATTEMPTS {
            let seen = self.organization_listed_at(organization_id).await?;
            let count = self.keys_under::<K>(&[organization_id]).await?.len();
            let listed =
                tx::Listed { revision: seen.revision, under: count as u64 };
            let (record, guard) = (record.clone(), guard.clone());
            let inserted = change!(self, actor, |tx| {
                tx::insert_limited(tx, &record, &guard, limit, &listed).await
            })?;
            if inserted {
                return Ok(());
            }
        }
        Err(StoreError::Unavailable(ORGANIZATION_KEPT_CHANGING.into()))
    }

    /// Changes a proxy record with `change` inside a transaction (it may
    /// run more than once, and may refuse), then writes or removes it as
    /// `change` says. `guard` is the writer's, or None for orgbase's own
    /// provisioning task. The record returned is as written (or as it was
    /// last, when removed).
    pub async fn proxy_record_update<E: Send + 'static>(
        &self,
        actor: &Actor,
        organization_id: Uuid,
        id: Uuid,
        guard: Option<&Guard>,
        change: impl Fn(&mut ProxyRecord) -> Result<ProxyWrite, E> + Send + 'static,
    ) -> Result<Result<ProxyRecord, E>, StoreError> {
        let guard = guard.cloned();
        change!(self, actor, |tx| {
            let (organization, guard) = (organization_id, guard.as_ref());
            tx::proxy_record_update(tx, organization, id, guard, &change).await
        })
    }

    /// Up to `limit` proxy records, of any organization, that the
    /// provisioning task should look at by `now` (`waiting` or `deleting`,
    /// and `next_check_at` passed), the most overdue first.
    pub async fn proxy_record_list_due(
        &self,
        now: DateTime<Utc>,
        limit: u64,
    ) -> Result<Vec<ProxyRecord>, StoreError> {
        read!(self.proxy_record_list_due(now, limit))
    }

    /// A domain, by id alone (SCIM requests name only the domain).
    pub async fn domain_fetch_by_id(
        &self,
        domain_id: Uuid,
    ) -> Result<Option<DomainRecord>, StoreError> {
        read!(self.domain_fetch_by_id(domain_id))
    }

    pub async fn scim_user_fetch(
        &self,
        domain_id: Uuid,
        user_id: Uuid,
    ) -> Result<Option<ScimUserRecord>, StoreError> {
        read!(self.scim_user_fetch(domain_id, user_id))
    }

    /// A page of a domain's SCIM users, by user id, with their number.
    pub async fn scim_user_list_page(
        &self,
        domain_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<ScimUserRecord>, StoreError> {
        let items = read!(self.scim_user_list_page(domain_id, offset, limit))?;
        let count = self.count_under::<ScimUserRecord>(&[domain_id]).await?;
        Ok(Page { count, items })
    }

    /// Writes a SCIM user record, with the user and membership changes it
    /// comes with, in one transaction checked against `guard` (a SCIM
    /// guard of the record's domain).
    pub async fn scim_user_write(
        &self,
        actor: &Actor,
        guard: &Guard,
        write: &ScimUserWrite,
    ) -> Result<(), StoreError> {
        let (guard, write) = (guard.clone(), write.clone());
        change!(self, actor, |tx| tx::scim_user_write(tx, &guard, &write).await)
    }

    /// Removes a SCIM user record and the user's membership of the
    /// organization (never the last owner's), in one transaction; the
    /// user record stays.
    pub async fn scim_user_remove(
        &self,
        actor: &Actor,
        guard: &Guard,
        record: &ScimUserRecord,
    ) -> Result<(), StoreError> {
        let (guard, record) = (guard.clone(), record.clone());
        change!(self, actor, |tx| tx::scim_user_remove(tx, &guard, &record)
            .await)
    }

    /// Appends to a domain's SCIM request log (if the domain still
    /// exists), dropping what `retention` no longer keeps.
    pub async fn scim_log_insert(
        &self,
        actor: &Actor,
        log: &ScimLogRecord,
        retention: ScimLogRetention,
    ) -> Result<(), StoreError> {
        let entries = read!(self.scim_log_ids(log.domain_id))?;
        let expired = tx::scim_log_expired(&entries, retention);
        let log = log.clone();
        change!(self, actor, |tx| tx::scim_log_insert(tx, &log, &expired).await)
    }

    /// A page of a domain's SCIM request log, newest first, of the entries
    /// that `matches`: the entries are read one at a time, and only the
    /// page's are kept (the log is bounded by its retention, but each entry
    /// may be large).
    pub async fn scim_log_page(
        &self,
        domain_id: Uuid,
        matches: &(dyn Fn(&ScimLogRecord) -> bool + Send + Sync),
        offset: u64,
        limit: u64,
    ) -> Result<Page<ScimLogRecord>, StoreError> {
        let page = FilteredPage::new(matches, offset, limit);
        read!(self.scim_log_page(domain_id, page))
    }
}

/// How many times a removal of a webhook endpoint lists its deliveries
/// again because the endpoint wrote one meanwhile.
const WEBHOOK_LISTING_ATTEMPTS: usize = 16;

impl Store {
    /// Up to `limit` records of kind `K`, of every organization, in key
    /// order from the one after `after` (a whole key; none: from the
    /// first): a keyset scan of the whole kind.
    pub(crate) async fn scan_kind<K: Kind>(
        &self,
        after: Option<&[Uuid]>,
        limit: usize,
    ) -> Result<Vec<K>, StoreError> {
        match self {
            Store::Sled(sled) => sled.scan_kind(after, limit),
            Store::Postgres(postgres) => postgres.scan_kind(after, limit).await,
        }
    }

    /// Removes a webhook endpoint with its deliveries, if `guard` holds;
    /// the endpoint removed. The deliveries are listed before the
    /// transaction, which lists them again if the endpoint wrote one
    /// meanwhile.
    pub async fn webhook_remove(
        &self,
        actor: &Actor,
        key: &[Uuid],
        guard: &Guard,
    ) -> Result<WebhookRecord, StoreError> {
        for _ in 0..WEBHOOK_LISTING_ATTEMPTS {
            let webhook = (self.fetch::<WebhookRecord>(key).await?)
                .ok_or(StoreError::NotFound)?;
            let under = self.keys_under::<WebhookDeliveryRecord>(key).await?;
            let revision = webhook.delivery.deliveries_written;
            let listed = tx::Listed { revision, under };
            let (key, guard) = (key.to_vec(), guard.clone());
            let removed = change!(self, actor, |tx| {
                tx::webhook_remove(tx, &key, &guard, &listed).await
            })?;
            if let Some(removed) = removed {
                return Ok(removed);
            }
        }
        Err(StoreError::Unavailable(
            "the endpoint kept delivering while it was removed".into(),
        ))
    }

    /// Writes what a delivery worker did for the endpoint at `key`: its
    /// delivery state, and the delivery record of `event_id` (if any), as
    /// `settle` decides from what is stored (it may run more than once, and
    /// may refuse). An endpoint keeps at most `kept_max` delivery records:
    /// a new one takes the oldest's place.
    pub async fn webhook_settle<E: Send + 'static>(
        &self,
        actor: &Actor,
        key: &[Uuid],
        event_id: Option<Uuid>,
        kept_max: u64,
        settle: impl Fn(
                &mut WebhookRecord,
                &mut Option<WebhookDeliveryRecord>,
            ) -> Result<(), E>
            + Send
            + Sync
            + 'static,
    ) -> Result<Result<WebhookRecord, E>, StoreError> {
        // A delivery record is added only for an event.
        let oldest = match event_id {
            Some(_) => self
                .page_under::<WebhookDeliveryRecord>(
                    key,
                    false,
                    Start::Offset(0),
                    1,
                )
                .await?
                .into_iter()
                .next()
                .map(|delivery| delivery.key()),
            None => None,
        };
        let key = key.to_vec();
        let settling = tx::WebhookSettling { event_id, oldest, kept_max };
        change!(self, actor, |tx| {
            tx::webhook_settle(tx, &key, &settling, &settle).await
        })
    }
}

/// What a scan of an activity log read ([`Store::activity_scan`]).
pub struct Scanned {
    /// The entries that matched, in the scan's order.
    pub entries: Vec<ActivityRecord>,
    /// The id of the last entry read, matching or not.
    pub last_read: Option<Uuid>,
    /// Whether the scan reached the end of the log.
    pub exhausted: bool,
}

/// How many records a scan reads at a time.
const SCAN_BATCH: usize = 500;

impl Store {
    /// The entries of an organization's activity log that `matches`, in
    /// commit order or newest first, after the entry `after` (none: from
    /// the start): read by key, a batch at a time, until `want` matched or
    /// `read_at_most` were read, so that its cost is bounded whatever the
    /// log holds.
    pub async fn activity_scan(
        &self,
        organization_id: Uuid,
        after: Option<Uuid>,
        newest_first: bool,
        matches: &(dyn Fn(&ActivityRecord) -> bool + Send + Sync),
        want: usize,
        read_at_most: usize,
    ) -> Result<Scanned, StoreError> {
        let parent = [organization_id];
        let mut scanned =
            Scanned { entries: Vec::new(), last_read: after, exhausted: false };
        let mut read = 0;
        while scanned.entries.len() < want && read < read_at_most {
            let batch = SCAN_BATCH.min(read_at_most - read);
            let start =
                scanned.last_read.map_or(Start::Offset(0), Start::After);
            let entries: Vec<ActivityRecord> = self
                .page_under(&parent, newest_first, start, batch as u64)
                .await?;
            let short = entries.len() < batch;
            for entry in entries {
                read += 1;
                scanned.last_read = Some(entry.id);
                if matches(&entry) {
                    scanned.entries.push(entry);
                    if scanned.entries.len() == want {
                        return Ok(scanned);
                    }
                }
            }
            if short {
                scanned.exhausted = true;
                break;
            }
        }
        Ok(scanned)
    }

    /// Removes at most `limit` of the oldest entries of an organization's
    /// activity log logged before `before` (its retention); how many.
    pub async fn activity_prune(
        &self,
        actor: &Actor,
        organization_id: Uuid,
        before: DateTime<Utc>,
        limit: usize,
    ) -> Result<usize, StoreError> {
        let expired = |entry: &ActivityRecord| entry.created_at < before;
        let oldest = self
            .activity_scan(
                organization_id,
                None,
                false,
                &|_| true,
                limit,
                limit,
            )
            .await?;
        let ids: Vec<Uuid> = (oldest.entries.iter())
            .take_while(|entry| expired(entry))
            .map(|entry| entry.id)
            .collect();
        if ids.is_empty() {
            return Ok(0);
        }
        let removed = ids.len();
        change!(self, actor, |tx| {
            for id in &ids {
                tx.remove::<ActivityRecord>(&[organization_id, *id]).await?;
            }
            Ok::<_, StoreError>(())
        })?;
        Ok(removed)
    }

    /// Takes the idempotency key `fresh` names for its request (see
    /// `tx::idempotency_take`): None when taken, else the key as stored.
    pub async fn idempotency_take(
        &self,
        fresh: &IdempotencyRecord,
    ) -> Result<Option<IdempotencyRecord>, StoreError> {
        let actor = Actor::system(IDEMPOTENCY, fresh.created_at);
        let fresh = fresh.clone();
        change!(self, &actor, |tx| tx::idempotency_take(tx, &fresh).await)
    }

    /// Keeps the first answer of the request holding `claim`'s key.
    pub async fn idempotency_answer(
        &self,
        claim: &IdempotencyClaim,
        answer: &IdempotentAnswer,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let actor = Actor::system(IDEMPOTENCY, at);
        let (claim, answer) = (claim.clone(), answer.clone());
        change!(self, &actor, |tx| {
            tx::idempotency_answer(tx, &claim, &answer).await
        })
    }

    /// Lets go of `claim`'s key, its write not applied.
    pub async fn idempotency_release(
        &self,
        claim: &IdempotencyClaim,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let actor = Actor::system(IDEMPOTENCY, at);
        let claim = claim.clone();
        change!(self, &actor, |tx| tx::idempotency_release(tx, &claim).await)
    }

    /// How many idempotency keys `user` holds, expired ones included
    /// (counted, not listed: a request with a key pays for this).
    pub async fn idempotency_key_count(
        &self,
        user: Uuid,
    ) -> Result<u64, StoreError> {
        self.count_under::<IdempotencyRecord>(&[user]).await
    }

    /// Removes `user`'s idempotency keys expired at `now`; how many.
    pub async fn idempotency_prune_user(
        &self,
        user: Uuid,
        now: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        let keys = self.keys_under::<IdempotencyRecord>(&[user]).await?;
        self.idempotency_remove_expired(keys, now).await
    }

    /// Removes the idempotency keys expired at `now` among the `batch`
    /// keys after `after` (every user's, in key order): how many, and
    /// where the next batch starts (None after the last).
    pub async fn idempotency_prune_batch(
        &self,
        after: Option<&[Uuid]>,
        now: DateTime<Utc>,
        batch: usize,
    ) -> Result<(usize, Option<Vec<Uuid>>), StoreError> {
        let scanned = self.scan_kind::<IdempotencyRecord>(after, batch).await?;
        let next = (scanned.len() == batch)
            .then(|| scanned.last().map(Kind::key))
            .flatten();
        let expired = (scanned.iter())
            .filter(|record| record.expires_at <= now)
            .map(Kind::key)
            .collect();
        Ok((self.idempotency_remove_expired(expired, now).await?, next))
    }

    /// Removes those of these idempotency keys still expired at `now`, in
    /// one transaction; how many.
    async fn idempotency_remove_expired(
        &self,
        keys: Vec<Vec<Uuid>>,
        now: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        if keys.is_empty() {
            return Ok(0);
        }
        let actor = Actor::system(IDEMPOTENCY, now);
        change!(self, &actor, |tx| {
            let mut removed = 0;
            for key in &keys {
                let stored = tx.get::<IdempotencyRecord>(key).await?;
                if stored.is_some_and(|stored| stored.expires_at <= now) {
                    tx.remove::<IdempotencyRecord>(key).await?;
                    removed += 1;
                }
            }
            Ok::<_, StoreError>(removed)
        })
    }

    /// The ids of every organization.
    pub async fn organization_ids(&self) -> Result<Vec<Uuid>, StoreError> {
        let keys = self.keys_under::<OrganizationRecord>(&[]).await?;
        Ok(keys.into_iter().filter_map(|key| key.first().copied()).collect())
    }
}

/// Lists the keys of every kind that goes with an organization (see
/// [`Cascade::Listed`]) under organization `id`.
struct ListedKeys<'a> {
    store: &'a Store,
    id: Uuid,
    listed: Vec<(&'static str, Vec<Vec<Uuid>>)>,
}

impl EachKindAsync for ListedKeys<'_> {
    type Error = StoreError;

    async fn kind<K: Kind>(&mut self) -> Result<(), StoreError> {
        if K::TABLE.cascade == Cascade::Listed {
            let keys = self.store.keys_under::<K>(&[self.id]).await?;
            self.listed.push((K::TABLE.kind, keys));
        }
        Ok(())
    }
}
