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

pub mod invariants;
pub mod postgres;
pub mod records;
pub mod sled;
mod tx;

use crate::page::Page;
use chrono::DateTime;
use chrono::Utc;
use records::ApiKeyRecord;
use records::CimdTokenRecord;
use records::DomainRecord;
use records::InviteRecord;
use records::Level;
use records::MembershipRecord;
use records::OrganizationRecord;
use records::ProxyRecord;
use records::RoleExternalReferenceRecord;
use records::RoleMembershipRecord;
use records::RoleRecord;
use records::ScimLogRecord;
use records::ScimUserRecord;
use records::UserRecord;
use slog::Logger;
use tx::Tx;
use uuid::Uuid;

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another user already has this email address.
    #[error("email address already in use")]
    EmailTaken,
    /// No free slug was found among the candidates.
    #[error("no free slug")]
    SlugUnavailable,
    /// The record to change does not exist (any more).
    #[error("record not found")]
    NotFound,
    /// The change would leave an organization without an owner.
    #[error("an organization must keep an owner")]
    LastOwner,
    /// The user who was to remain staff (see [`Store::user_update`]) is
    /// not staff any more.
    #[error("the other staff user is no longer staff")]
    StaffWitness,
    /// An identity provider (SCIM) tried to remove or deactivate an
    /// owner's membership, which only an owner may do.
    #[error("SCIM may not remove an owner")]
    ScimOwner,
    /// Another role of the organization has this name.
    #[error("role name already in use")]
    RoleNameTaken,
    /// The role named (as a default role) does not exist.
    #[error("no such role")]
    UnknownRole,
    /// The user is not a member of the organization.
    #[error("not a member")]
    NotAMember,
    /// The user is in the role already.
    #[error("already in the role")]
    AlreadyInRole,
    /// The user making a write is not a member of its organization (any
    /// more): see [`Guard`].
    #[error("the writer is not a member")]
    GuardNotMember,
    /// The user making a write lacks the level it needs: see
    /// [`members::Guard`].
    #[error("the writer's level is insufficient")]
    GuardLevel,
    /// Another organization (or this one) has this domain.
    #[error("domain already in use")]
    DomainTaken,
    /// The organization already maps this provider role (by id or by
    /// slug) to a role.
    #[error("role external reference already exists")]
    ReferenceTaken,
    /// A proxy record (of this organization or another) has this domain.
    #[error("proxy domain already in use")]
    ProxyDomainTaken,
    /// The organization has as many proxy records as it may (`max`, the
    /// limit the write was given).
    #[error("proxy record limit ({max}) reached")]
    ProxyLimit { max: u64 },
    /// The record changed since it was read (another write came first),
    /// or came to exist: read it again.
    #[error("the record changed since it was read")]
    Stale,
    /// An import was asked of a store that already holds users.
    #[error("the store is not empty")]
    NotEmpty,
    /// The store cannot be opened (a data directory locked by another
    /// process or unreadable, a database that cannot be reached).
    #[error("cannot open the data directory: {0}")]
    Open(String),
    /// The storage has less free space than a write needs: refused before
    /// anything changed.
    #[error("storage full: {0}")]
    StorageFull(String),
    /// The storage failed while making a write durable: the write may or
    /// may not survive, and the store writes nothing more (sled keeps its
    /// first I/O error) until the process restarts.
    #[error("storage failed: {0}")]
    StorageFailed(String),
    /// The storage cannot be reached or cannot write now (a database that
    /// is down or restarting, a network cut): worth retrying later.
    #[error("storage unavailable: {0}")]
    Unavailable(String),
    /// The storage engine failed, or stored data could not be read.
    #[error("storage failure: {0}")]
    Internal(String),
}

/// A filter on an organization's members that only the application can
/// state (search, email domains, ...): a list with one reads every member
/// and keeps the page of those it accepts.
pub type MemberFilter<'a> =
    &'a (dyn Fn(&MembershipRecord, &UserRecord) -> bool + Sync);

/// A filter on users, as [`MemberFilter`] is on members.
pub type UserFilter<'a> = &'a (dyn Fn(&UserRecord) -> bool + Sync);

/// Who makes a write, and what the store checks of them inside the
/// write's transaction, against what is stored at that moment, so that a
/// change that commits between the application's own check and the write
/// (a demotion, a removal, a settings change, a token rotated) is seen.
/// The application decides the levels; the store only compares.
#[derive(Clone, Debug)]
pub enum Guard {
    /// A member of the organization, through a personal API key.
    Member {
        /// The user making the write.
        user_id: Uuid,
        /// The least membership level the write needs.
        level: Level,
        /// The least level whose personal API keys may act on an
        /// organization that turned `members_can_use_personal_api_keys`
        /// off.
        level_if_member_keys_off: Level,
    },
    /// An identity provider, through a domain's SCIM token: the domain
    /// must be the organization's, verified, with SCIM on and this token.
    Scim {
        domain_id: Uuid,
        /// `sha256$<hex>` of the token the request carried.
        token_hash: String,
    },
}

impl Guard {
    /// The level a member needs in `organization`, as it is stored now.
    pub fn level_needed(
        organization: &OrganizationRecord,
        level: Level,
        level_if_member_keys_off: Level,
    ) -> Level {
        if organization.members_can_use_personal_api_keys {
            level
        } else {
            level.max(level_if_member_keys_off)
        }
    }

    /// Whether the SCIM guard of `domain_id` with `token_hash` still holds
    /// for `domain` as stored (None: gone).
    pub fn scim_holds(
        domain: Option<&DomainRecord>,
        organization_id: Uuid,
        token_hash: &str,
    ) -> bool {
        domain.is_some_and(|domain| {
            domain.organization_id == organization_id
                && domain.verified_at.is_some()
                && domain.scim_token_hash.as_deref().is_some_and(|stored| {
                    crate::secrets::hashes_equal(stored, token_hash)
                })
        })
    }
}

/// What a membership transaction reads before deciding.
pub struct MembershipChange {
    pub organization: OrganizationRecord,
    /// The caller's membership (None: not a member any more).
    pub actor: Option<MembershipRecord>,
    /// The membership being changed.
    pub target: MembershipRecord,
}

/// What `invite_replace` plans on: the organization, the inviter's
/// membership (None: not a member any more) and the organization's
/// invites, all as of one revision of the organization, which the write
/// then checks has not moved (every membership and settings change moves
/// it).
pub struct InvitePlanning<'a> {
    pub organization: &'a OrganizationRecord,
    pub inviter: Option<&'a MembershipRecord>,
    pub existing: &'a [InviteRecord],
}

/// What `invite_replace` is asked to do: remove some invites and add
/// others.
pub struct InviteChanges {
    pub remove: Vec<Uuid>,
    pub insert: Vec<InviteRecord>,
}

/// What accepting an invite reads before deciding.
pub struct InviteAcceptance {
    pub invite: InviteRecord,
    pub organization: OrganizationRecord,
    pub user: UserRecord,
    /// Whether the user is already a member.
    pub already_member: bool,
}

/// What a SCIM write of a user does to their membership of the
/// organization.
#[derive(Clone, Debug)]
pub enum ScimMembership {
    /// Leave it as it is.
    Keep,
    /// Add this one unless they are a member already; the organization
    /// becomes the user's current one if they have none.
    Add(MembershipRecord),
    /// Remove it (with their role memberships) if there is one; never an
    /// owner's ([`StoreError::ScimOwner`], see [`ScimMembership::allowed`]).
    Remove,
}

impl ScimMembership {
    /// Whether an identity provider may make this change to `current`, the
    /// membership stored now (read in the write's transaction). SCIM acts
    /// with an admin's rights and no more: as an admin cannot remove an
    /// owner through the API, SCIM never removes (DELETE) or deactivates
    /// (`active: false`) an owner's membership, which would otherwise also
    /// let a reactivation bring the owner back at member level.
    pub fn allowed(
        &self,
        current: Option<&MembershipRecord>,
    ) -> Result<(), StoreError> {
        match (self, current) {
            (ScimMembership::Remove, Some(membership))
                if membership.level >= records::Level::Owner =>
            {
                Err(StoreError::ScimOwner)
            }
            _ => Ok(()),
        }
    }
}

/// One SCIM write of a user: their SCIM record, and what comes with it.
#[derive(Clone, Debug)]
pub struct ScimUserWrite {
    pub record: ScimUserRecord,
    /// The version the stored record must have now; None: there must be
    /// none yet. Otherwise [`StoreError::Stale`].
    pub expected_version: Option<u64>,
    /// A user to create first (the email must be free); None: the user
    /// exists.
    pub new_user: Option<UserRecord>,
    pub membership: ScimMembership,
}

/// A group written through SCIM: the role as it should be (created, or
/// changed to its name and external id), then the users taken out of it
/// and the memberships added (members of the organization).
#[derive(Clone, Copy, Debug)]
pub struct RoleSync<'a> {
    pub role: &'a RoleRecord,
    pub create: bool,
    pub add: &'a [RoleMembershipRecord],
    pub remove: &'a [Uuid],
}

/// A [`RoleSync`] that owns what it says, for a change that outlives the
/// caller's borrows (sled runs it on its writer thread).
pub(crate) struct OwnedRoleSync {
    pub role: RoleRecord,
    pub create: bool,
    pub add: Vec<RoleMembershipRecord>,
    pub remove: Vec<Uuid>,
}

impl RoleSync<'_> {
    fn owned(self) -> OwnedRoleSync {
        OwnedRoleSync {
            role: self.role.clone(),
            create: self.create,
            add: self.add.to_vec(),
            remove: self.remove.to_vec(),
        }
    }
}

/// What a sync changes on a stored role (the same on every engine): its
/// name, its `externalId`, and when it last changed.
pub(crate) fn role_synced(stored: &mut RoleRecord, wanted: &RoleRecord) {
    stored.name = wanted.name.clone();
    stored.external_id = wanted.external_id.clone();
    stored.updated_at = wanted.updated_at;
}

/// How long a domain's SCIM request log is kept.
#[derive(Clone, Copy, Debug)]
pub struct ScimLogRetention {
    /// At most this many entries per domain (the oldest go first).
    pub max_entries: u64,
    /// None older than this.
    pub oldest: DateTime<Utc>,
}

/// One broken invariant at one key.
#[derive(Clone, Debug, PartialEq)]
pub struct Violation {
    /// Which invariant (a name from the backend's list).
    pub invariant: &'static str,
    /// The key where it was found, printable (binary parts in hex).
    pub key: String,
    /// What is wrong there.
    pub detail: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.invariant, self.key, self.detail)
    }
}

/// One record of a store, as `orgbase export` writes it (one JSON object
/// per line, after a header line) and `orgbase import` and `orgbase serve
/// --seed` read it. Records come in this order, each after what it refers
/// to: users, keys, organizations, memberships, invites, roles, role
/// memberships, CIMD tokens, domains, role external references, proxy
/// records, SCIM users, SCIM request logs. Indexes are not exported: each
/// backend builds its own.
#[derive(Clone, Debug, serde::Deserialize, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ExportRecord {
    User { record: UserRecord },
    ApiKey { record: ApiKeyRecord },
    Organization { record: OrganizationRecord },
    Membership { organization_id: Uuid, record: MembershipRecord },
    Invite { record: InviteRecord },
    Role { record: RoleRecord },
    RoleMember { organization_id: Uuid, record: RoleMembershipRecord },
    CimdToken { record: CimdTokenRecord },
    Domain { record: DomainRecord },
    ScimUser { record: ScimUserRecord },
    ScimLog { record: ScimLogRecord },
    RoleExternalReference { record: RoleExternalReferenceRecord },
    ProxyRecord { record: ProxyRecord },
}

/// What an export does with a record that does not decode: `orgbase
/// export` refuses the store, `orgbase check` leaves it out (its engine's
/// checker reports it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Unreadable {
    Refuse,
    Skip,
}

impl ExportRecord {
    /// Where the record comes in an export: each kind after the kinds it
    /// refers to.
    pub fn rank(&self) -> usize {
        match self {
            ExportRecord::User { .. } => 0,
            ExportRecord::ApiKey { .. } => 1,
            ExportRecord::Organization { .. } => 2,
            ExportRecord::Membership { .. } => 3,
            ExportRecord::Invite { .. } => 4,
            ExportRecord::Role { .. } => 5,
            ExportRecord::RoleMember { .. } => 6,
            ExportRecord::CimdToken { .. } => 7,
            ExportRecord::Domain { .. } => 8,
            ExportRecord::RoleExternalReference { .. } => 9,
            ExportRecord::ProxyRecord { .. } => 10,
            ExportRecord::ScimUser { .. } => 11,
            ExportRecord::ScimLog { .. } => 12,
        }
    }

    /// The organization the record is kept under, if any.
    pub fn organization_id(&self) -> Option<Uuid> {
        match self {
            ExportRecord::User { .. }
            | ExportRecord::ApiKey { .. }
            | ExportRecord::Organization { .. } => None,
            ExportRecord::Membership { organization_id, .. }
            | ExportRecord::RoleMember { organization_id, .. } => {
                Some(*organization_id)
            }
            ExportRecord::Invite { record } => Some(record.organization_id),
            ExportRecord::Role { record } => Some(record.organization_id),
            ExportRecord::CimdToken { record } => Some(record.organization_id),
            ExportRecord::Domain { record } => Some(record.organization_id),
            ExportRecord::RoleExternalReference { record } => {
                Some(record.organization_id)
            }
            ExportRecord::ProxyRecord { record } => {
                Some(record.organization_id)
            }
            ExportRecord::ScimUser { record } => Some(record.organization_id),
            ExportRecord::ScimLog { record } => Some(record.organization_id),
        }
    }

    /// The record in a few words, for errors and the checker.
    pub fn describe(&self) -> String {
        match self {
            ExportRecord::User { record } => format!("user {}", record.email),
            ExportRecord::ApiKey { record } => format!("key {}", record.id),
            ExportRecord::Organization { record } => {
                format!("organization {}", record.id)
            }
            ExportRecord::Membership { organization_id, record } => format!(
                "membership of user {} in organization {organization_id}",
                record.user_id
            ),
            ExportRecord::Invite { record } => format!("invite {}", record.id),
            ExportRecord::Role { record } => format!("role {}", record.id),
            ExportRecord::RoleMember { record, .. } => format!(
                "role membership of user {} in role {}",
                record.user_id, record.role_id
            ),
            ExportRecord::CimdToken { record } => {
                format!("CIMD token {}", record.id)
            }
            ExportRecord::Domain { record } => {
                format!("domain {}", record.domain)
            }
            ExportRecord::RoleExternalReference { record } => {
                format!("role external reference {}", record.id)
            }
            ExportRecord::ProxyRecord { record } => {
                format!("proxy record {}", record.domain)
            }
            ExportRecord::ScimUser { record } => format!(
                "SCIM user {} of domain {}",
                record.user_id, record.domain_id
            ),
            ExportRecord::ScimLog { record } => {
                format!("SCIM log entry {}", record.id)
            }
        }
    }

    /// The numeric ids this record holds (a user's, an organization's
    /// projects'): what an import must keep new ids clear of.
    pub fn numeric_ids(&self) -> Vec<i64> {
        match self {
            ExportRecord::User { record } => vec![record.numeric_id],
            ExportRecord::Organization { record } => {
                record.projects.iter().map(|project| project.id).collect()
            }
            _ => Vec::new(),
        }
    }
}

/// What a change of a proxy record does with it (see
/// [`Store::proxy_record_update`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ProxyWrite {
    /// Write the changed record.
    Keep,
    /// Remove the record.
    Remove,
}

/// The first line of an export: its format and version.
pub const EXPORT_HEADER: &str = r#"{"orgbase_export":1}"#;

/// An organization as a request's path names it.
#[derive(Clone, Copy, Debug)]
pub enum NamedOrganization {
    Id(Uuid),
    /// The user's current organization (`@current`).
    Current,
}

/// An organization read with the caller that authenticated a request:
/// the caller's membership of organization `id` and the organization,
/// `None` when the caller is no member of it (or there is no such
/// organization).
#[derive(Clone, Debug)]
pub struct OpenedOrganization {
    pub id: Uuid,
    pub found: Option<(MembershipRecord, OrganizationRecord)>,
}

/// A record kind whose number the store reports (for the metrics).
#[derive(Clone, Copy, Debug)]
pub enum Counted {
    Organizations,
    Users,
    ApiKeys,
}

impl Counted {
    pub const ALL: [Counted; 3] =
        [Counted::Organizations, Counted::Users, Counted::ApiKeys];
}

pub use self::sled::FlushStats;

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

/// Runs a change written once (`tx`) in one transaction of the store's
/// engine: `$body` is the change over `$tx`, run as many times as the
/// engine must. What it captures it owns (sled runs it on its writer
/// thread).
macro_rules! change {
    ($store:ident, |$tx:ident| $body:expr) => {
        match $store {
            Store::Sled(sled) => sled.change(async move |$tx| $body).await,
            Store::Postgres(postgres) => {
                postgres.change(async move |$tx| $body).await
            }
        }
    };
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

/// A page of the records that match a filter, gathered from records read
/// one at a time in the list's order: every match is counted, and only the
/// page's are kept. The engines read; this decides.
pub struct FilteredPage<'a, T> {
    matches: &'a (dyn Fn(&T) -> bool + Send + Sync),
    offset: u64,
    limit: u64,
    page: Page<T>,
}

impl<'a, T> FilteredPage<'a, T> {
    fn new(
        matches: &'a (dyn Fn(&T) -> bool + Send + Sync),
        offset: u64,
        limit: u64,
    ) -> FilteredPage<'a, T> {
        let page = Page { count: 0, items: Vec::new() };
        FilteredPage { matches, offset, limit, page }
    }

    /// Takes the next record in order.
    pub(crate) fn offer(&mut self, record: T) {
        if !(self.matches)(&record) {
            return;
        }
        let kept = self.page.items.len() as u64;
        if self.page.count >= self.offset && kept < self.limit {
            self.page.items.push(record);
        }
        self.page.count += 1;
    }

    pub(crate) fn finish(self) -> Page<T> {
        self.page
    }
}

/// Numeric ids a process took from its store's generator in blocks and
/// has not handed out yet. Both backends take ids a block at a time, so
/// that a create spends no read of the generator of its own (a round trip
/// on PostgreSQL, a wait on sled's global lock); the ids a process holds
/// when it stops are never used. Cheap to clone: clones share the ids.
#[derive(Clone, Default)]
pub(crate) struct TakenIds(std::sync::Arc<std::sync::Mutex<Vec<i64>>>);

impl TakenIds {
    /// The smallest id kept, if any.
    pub(crate) fn take(&self) -> Option<i64> {
        self.kept().pop()
    }

    /// Keeps `block` and hands out the smallest id kept. Tasks that found
    /// none left at once each took a block: all are kept.
    pub(crate) fn take_from(
        &self,
        block: impl IntoIterator<Item = i64>,
    ) -> Option<i64> {
        let mut kept = self.kept();
        kept.extend(block);
        // The next at the end.
        kept.sort_unstable_by(|a, b| b.cmp(a));
        kept.pop()
    }

    /// Forgets every id kept: an import moved the ids new ones must pass.
    pub(crate) fn clear(&self) {
        self.kept().clear();
    }

    fn kept(&self) -> std::sync::MutexGuard<'_, Vec<i64>> {
        // A plain list, which no panic leaves half-changed.
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
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

    /// Every record, in [`ExportRecord`]'s order.
    pub async fn export(&self) -> Result<Vec<ExportRecord>, StoreError> {
        read!(self.export(Unreadable::Refuse))
    }

    /// Every record that decodes, in [`ExportRecord`]'s order: what a
    /// check reads (one that does not decode is [`Store::check`]'s to
    /// report).
    pub async fn export_decodable(
        &self,
    ) -> Result<Vec<ExportRecord>, StoreError> {
        read!(self.export(Unreadable::Skip))
    }

    /// Writes `records` (as [`Store::export`] gives them, in its order)
    /// into this store, which must hold no user yet: all of them, or none.
    /// The caller checks that they refer to each other soundly
    /// ([`invariants`]).
    pub async fn import(
        &self,
        records: &[ExportRecord],
    ) -> Result<(), StoreError> {
        backend!(self.import(records))
    }

    /// A new numeric id (project and environment ids), unique for the life
    /// of the store.
    pub async fn next_id(&self) -> Result<i64, StoreError> {
        read!(self.next_id())
    }

    pub async fn api_key_insert(
        &self,
        api_key: &ApiKeyRecord,
    ) -> Result<(), StoreError> {
        let api_key = api_key.clone();
        change!(self, |tx| tx.api_key_insert(&api_key).await)
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
        api_key: &ApiKeyRecord,
    ) -> Result<(), StoreError> {
        let api_key = api_key.clone();
        change!(self, |tx| tx.api_key_remove(&api_key).await)
    }

    /// A page of the organization's tokens, newest first.
    pub async fn cimd_token_list_page(
        &self,
        organization_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<CimdTokenRecord>, StoreError> {
        read!(self.cimd_token_list_page(organization_id, offset, limit))
    }

    pub async fn cimd_token_fetch(
        &self,
        organization_id: Uuid,
        token_id: Uuid,
    ) -> Result<Option<CimdTokenRecord>, StoreError> {
        read!(self.cimd_token_fetch(organization_id, token_id))
    }

    /// The token whose hash is `secure_value`.
    pub async fn cimd_token_fetch_by_hash(
        &self,
        secure_value: &str,
    ) -> Result<Option<CimdTokenRecord>, StoreError> {
        read!(self.cimd_token_fetch_by_hash(secure_value))
    }

    pub async fn cimd_token_insert(
        &self,
        token: &CimdTokenRecord,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let (token, guard) = (token.clone(), guard.clone());
        change!(self, |tx| tx::cimd_token_insert(tx, &token, &guard).await)
    }

    pub async fn cimd_token_remove(
        &self,
        token: &CimdTokenRecord,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let (token, guard) = (token.clone(), guard.clone());
        change!(self, |tx| tx::cimd_token_remove(tx, &token, &guard).await)
    }

    /// Records that a metadata document matched the token (if it still
    /// exists).
    pub async fn cimd_token_touch(
        &self,
        token: &CimdTokenRecord,
        when: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let token = token.clone();
        change!(self, |tx| tx::cimd_token_touch(tx, &token, when).await)
    }

    /// The organization's domains, in no particular order.
    pub async fn domain_list(
        &self,
        organization_id: Uuid,
    ) -> Result<Vec<DomainRecord>, StoreError> {
        read!(self.domain_list(organization_id))
    }

    /// A page of the organization's domains, by name.
    pub async fn domain_list_page(
        &self,
        organization_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<DomainRecord>, StoreError> {
        read!(self.domain_list_page(organization_id, offset, limit))
    }

    pub async fn domain_fetch(
        &self,
        organization_id: Uuid,
        domain_id: Uuid,
    ) -> Result<Option<DomainRecord>, StoreError> {
        read!(self.domain_fetch(organization_id, domain_id))
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
        domain: &DomainRecord,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let (domain, guard) = (domain.clone(), guard.clone());
        change!(self, |tx| tx::domain_insert(tx, &domain, &guard).await)
    }

    /// Changes a domain with `change` inside a transaction (it may run
    /// more than once, and may refuse). The domain name never changes.
    pub async fn domain_update<E: Send + 'static>(
        &self,
        organization_id: Uuid,
        domain_id: Uuid,
        guard: &Guard,
        change: impl Fn(&mut DomainRecord) -> Result<(), E> + Send + 'static,
    ) -> Result<Result<DomainRecord, E>, StoreError> {
        let guard = guard.clone();
        change!(self, |tx| {
            let (organization, domain) = (organization_id, domain_id);
            tx::domain_update(tx, organization, domain, &guard, &change).await
        })
    }

    /// Removes a domain with its SCIM users' records and its SCIM request
    /// log, listed first, then removed in one transaction that lists again
    /// if the organization moved meanwhile (`tx::domain_remove`).
    pub async fn domain_remove(
        &self,
        domain: &DomainRecord,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        loop {
            let Some(seen) =
                self.organization_fetch(domain.organization_id).await?
            else {
                return Err(StoreError::NotFound);
            };
            let scim_users =
                self.scim_user_list_page(domain.id, 0, u64::MAX).await?;
            let log_entries = read!(self.scim_log_ids(domain.id))?;
            let listed = tx::DomainListing {
                revision: seen.revision,
                under: (scim_users.items, log_entries),
            };
            let (domain, guard) = (domain.clone(), guard.clone());
            let removed = change!(self, |tx| {
                tx::domain_remove(tx, &domain, &guard, &listed).await
            })?;
            if removed {
                return Ok(());
            }
        }
    }

    /// A page of an organization's invites, newest first.
    pub async fn invite_list_page(
        &self,
        organization_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<InviteRecord>, StoreError> {
        read!(self.invite_list_page(organization_id, offset, limit))
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
        organization_id: Uuid,
        inviter: Uuid,
        plan: impl Fn(&InvitePlanning) -> Result<InviteChanges, E>,
    ) -> Result<Result<Vec<InviteRecord>, E>, StoreError> {
        loop {
            let Some(seen) = self.organization_fetch(organization_id).await?
            else {
                return Err(StoreError::NotFound);
            };
            let mut existing = self
                .invite_list_page(organization_id, 0, u64::MAX)
                .await?
                .items;
            existing.sort_by_key(|invite| invite.id);
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
            let done = change!(self, |tx| {
                tx::invite_replace(tx, organization_id, &listed).await
            })?;
            if done {
                return Ok(Ok(inserted));
            }
        }
    }

    /// Accepts an invite for `user_id`: if `decide` agrees (it sees the
    /// invite, organization, user, and whether they are a member already),
    /// the membership it returns is added (with its roles, which must
    /// exist), the invite is consumed, and the organization becomes the
    /// user's current one, all in one transaction. Two acceptances of one
    /// invite: exactly one wins.
    pub async fn invite_accept<E: Send + 'static>(
        &self,
        invite_id: Uuid,
        user_id: Uuid,
        decide: impl Fn(&InviteAcceptance) -> Result<MembershipRecord, E>
            + Send
            + 'static,
    ) -> Result<Result<MembershipRecord, E>, StoreError> {
        change!(self, |tx| {
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
        offset: u64,
        limit: u64,
    ) -> Result<Page<(MembershipRecord, UserRecord)>, StoreError> {
        read!(self.member_list_page(
            organization_id,
            filter,
            newest_first,
            offset,
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
        organization_id: Uuid,
        actor: Uuid,
        target: Uuid,
        decide: impl Fn(&MembershipChange) -> Result<MembershipRecord, E>
            + Send
            + 'static,
    ) -> Result<Result<MembershipRecord, E>, StoreError> {
        change!(self, |tx| {
            let (organization, actor, target) =
                (organization_id, actor, target);
            tx::membership_update(tx, organization, actor, target, &decide)
                .await
        })
    }

    /// Removes `target`'s membership if `allow` agrees, inside a
    /// transaction (`allow` may run more than once).
    pub async fn membership_remove<E: Send + 'static>(
        &self,
        organization_id: Uuid,
        actor: Uuid,
        target: Uuid,
        allow: impl Fn(&MembershipChange) -> Result<(), E> + Send + 'static,
    ) -> Result<Result<(), E>, StoreError> {
        change!(self, |tx| {
            let (organization, actor, target) =
                (organization_id, actor, target);
            tx::membership_remove(tx, organization, actor, target, &allow).await
        })
    }

    /// Inserts an organization with `owner` as its only member (an owner),
    /// and makes it the owner's current organization. The slug is the
    /// first free one of `slug_candidate(0)`, `slug_candidate(1)`, ... (at
    /// most `attempts`); the record is returned with it.
    pub async fn organization_insert(
        &self,
        organization: &OrganizationRecord,
        owner: Uuid,
        membership: &MembershipRecord,
        slug_candidate: impl Fn(u32) -> String,
        attempts: u32,
    ) -> Result<OrganizationRecord, StoreError> {
        backend!(self.organization_insert(
            organization,
            owner,
            membership,
            slug_candidate,
            attempts
        ))
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
        id: Uuid,
        guard: &Guard,
        change: impl Fn(&mut OrganizationRecord) + Send + 'static,
    ) -> Result<OrganizationRecord, StoreError> {
        let guard = guard.clone();
        change!(self, |tx| tx::organization_update(tx, id, &guard, &change)
            .await)
    }

    /// Removes an organization with its memberships and everything kept
    /// under it, at once; members whose current organization it was are
    /// left with none.
    pub async fn organization_remove(
        &self,
        id: Uuid,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        loop {
            let listed = self.organization_listing(id).await?;
            let guard = guard.clone();
            let removed = change!(self, |tx| {
                tx::organization_remove(tx, id, &guard, &listed).await
            })?;
            if removed {
                return Ok(());
            }
        }
    }

    /// Everything under an organization, with its revision, read before
    /// the transaction that removes it.
    async fn organization_listing(
        &self,
        id: Uuid,
    ) -> Result<tx::OrganizationListing, StoreError> {
        let Some(seen) = self.organization_fetch(id).await? else {
            return Err(StoreError::NotFound);
        };
        let all = u64::MAX;
        let members = self.member_list_page(id, None, false, 0, all).await?;
        let mut domains = Vec::new();
        for domain in self.domain_list(id).await? {
            let scim_users =
                self.scim_user_list_page(domain.id, 0, all).await?;
            let log_entries = read!(self.scim_log_ids(domain.id))?;
            domains.push((domain, scim_users.items, log_entries));
        }
        let contents = tx::OrganizationContents {
            members: members.items.iter().map(|(_, user)| user.id).collect(),
            invites: self.invite_list_page(id, 0, all).await?.items,
            roles: self.role_list_page(id, 0, all).await?.items,
            references: (self.role_external_reference_list_page(id, 0, all))
                .await?
                .items,
            tokens: self.cimd_token_list_page(id, 0, all).await?.items,
            domains,
            proxy_records: self.proxy_record_list(id).await?,
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
        offset: u64,
        limit: u64,
    ) -> Result<Page<(OrganizationRecord, MembershipRecord)>, StoreError> {
        read!(self.organization_list_page_for_user(user_id, only, offset, limit))
    }

    /// A page of the organization's roles, by name (as
    /// `names::comparison_key` orders them).
    pub async fn role_list_page(
        &self,
        organization_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<RoleRecord>, StoreError> {
        read!(self.role_list_page(organization_id, offset, limit))
    }

    pub async fn role_fetch(
        &self,
        organization_id: Uuid,
        role_id: Uuid,
    ) -> Result<Option<RoleRecord>, StoreError> {
        read!(self.role_fetch(organization_id, role_id))
    }

    /// A page of a role's memberships, oldest first.
    pub async fn role_member_list_page(
        &self,
        organization_id: Uuid,
        role_id: Uuid,
        offset: u64,
        limit: u64,
    ) -> Result<Page<RoleMembershipRecord>, StoreError> {
        read!(self.role_member_list_page(
            organization_id,
            role_id,
            offset,
            limit
        ))
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
        role: &RoleRecord,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let (role, guard) = (role.clone(), guard.clone());
        change!(self, |tx| tx::role_insert(tx, &role, &guard).await)
    }

    /// Changes a role with `change` (not its ids), inside a transaction
    /// (`change` may run more than once); a new name must be free (its
    /// own old name is).
    pub async fn role_update(
        &self,
        organization_id: Uuid,
        role_id: Uuid,
        guard: &Guard,
        change: impl Fn(&mut RoleRecord) + Send + 'static,
    ) -> Result<RoleRecord, StoreError> {
        let guard = guard.clone();
        change!(self, |tx| {
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
        organization_id: Uuid,
        role_id: Uuid,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        loop {
            let Some(seen) = self.organization_fetch(organization_id).await?
            else {
                return Err(StoreError::NotFound);
            };
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
            let removed = change!(self, |tx| {
                tx::role_remove(tx, organization_id, role_id, &guard, &listed)
                    .await
            })?;
            if removed {
                return Ok(());
            }
        }
    }

    /// Adds a member of the organization to a role they are not in.
    pub async fn role_member_insert(
        &self,
        organization_id: Uuid,
        member: &RoleMembershipRecord,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let (member, guard) = (member.clone(), guard.clone());
        change!(self, |tx| {
            tx::role_member_insert(tx, organization_id, &member, &guard).await
        })
    }

    /// Creates or changes a role and its members as `sync` says, in one
    /// transaction.
    pub async fn role_sync(
        &self,
        sync: &RoleSync<'_>,
        guard: &Guard,
    ) -> Result<RoleRecord, StoreError> {
        let sync = sync.owned();
        let guard = guard.clone();
        change!(self, |tx| tx::role_sync(tx, &sync, &guard).await)
    }

    /// Takes a user out of a role.
    pub async fn role_member_remove(
        &self,
        organization_id: Uuid,
        role_id: Uuid,
        user_id: Uuid,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let guard = guard.clone();
        change!(self, |tx| {
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
        user: &UserRecord,
        api_key: Option<&ApiKeyRecord>,
    ) -> Result<(), StoreError> {
        let (user, api_key) = (user.clone(), api_key.cloned());
        change!(self, |tx| tx::user_insert(tx, &user, api_key.as_ref()).await)
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
        id: Uuid,
        staff_witness: Option<Uuid>,
        change: impl Fn(&mut UserRecord) -> Result<(), E> + Send + 'static,
    ) -> Result<Result<UserRecord, E>, StoreError> {
        change!(self, |tx| {
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

    pub async fn role_external_reference_fetch(
        &self,
        organization_id: Uuid,
        id: Uuid,
    ) -> Result<Option<RoleExternalReferenceRecord>, StoreError> {
        read!(self.role_external_reference_fetch(organization_id, id))
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
        reference: &RoleExternalReferenceRecord,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let (reference, guard) = (reference.clone(), guard.clone());
        change!(self, |tx| {
            tx::role_external_reference_insert(tx, &reference, &guard).await
        })
    }

    pub async fn role_external_reference_remove(
        &self,
        reference: &RoleExternalReferenceRecord,
        guard: &Guard,
    ) -> Result<(), StoreError> {
        let (reference, guard) = (reference.clone(), guard.clone());
        change!(self, |tx| {
            tx::role_external_reference_remove(tx, &reference, &guard).await
        })
    }

    /// The organization's proxy records, newest first.
    pub async fn proxy_record_list(
        &self,
        organization_id: Uuid,
    ) -> Result<Vec<ProxyRecord>, StoreError> {
        read!(self.proxy_record_list(organization_id))
    }

    pub async fn proxy_record_fetch(
        &self,
        organization_id: Uuid,
        id: Uuid,
    ) -> Result<Option<ProxyRecord>, StoreError> {
        read!(self.proxy_record_fetch(organization_id, id))
    }

    /// Inserts a proxy record whose domain no organization has (else
    /// `ProxyDomainTaken`), if its organization has fewer than `limit`
    /// (else `ProxyLimit`), both checked in the write's transaction: the
    /// records are counted before it, which counts again if the
    /// organization moved meanwhile.
    pub async fn proxy_record_insert(
        &self,
        record: &ProxyRecord,
        guard: &Guard,
        limit: u64,
    ) -> Result<(), StoreError> {
        let organization_id = record.organization_id;
        loop {
            let Some(seen) = self.organization_fetch(organization_id).await?
            else {
                return Err(StoreError::NotFound);
            };
            let count = self.proxy_record_list(organization_id).await?.len();
            let listed =
                tx::Listed { revision: seen.revision, under: count as u64 };
            let (record, guard) = (record.clone(), guard.clone());
            let inserted = change!(self, |tx| {
                tx::proxy_record_insert(tx, &record, &guard, limit, &listed)
                    .await
            })?;
            if inserted {
                return Ok(());
            }
        }
    }

    /// Changes a proxy record with `change` inside a transaction (it may
    /// run more than once, and may refuse), then writes or removes it as
    /// `change` says. `guard` is the writer's, or None for orgbase's own
    /// provisioning task. The record returned is as written (or as it was
    /// last, when removed).
    pub async fn proxy_record_update<E: Send + 'static>(
        &self,
        organization_id: Uuid,
        id: Uuid,
        guard: Option<&Guard>,
        change: impl Fn(&mut ProxyRecord) -> Result<ProxyWrite, E> + Send + 'static,
    ) -> Result<Result<ProxyRecord, E>, StoreError> {
        let guard = guard.cloned();
        change!(self, |tx| {
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
        read!(self.scim_user_list_page(domain_id, offset, limit))
    }

    /// Writes a SCIM user record, with the user and membership changes it
    /// comes with, in one transaction checked against `guard` (a SCIM
    /// guard of the record's domain).
    pub async fn scim_user_write(
        &self,
        guard: &Guard,
        write: &ScimUserWrite,
    ) -> Result<(), StoreError> {
        let (guard, write) = (guard.clone(), write.clone());
        change!(self, |tx| tx::scim_user_write(tx, &guard, &write).await)
    }

    /// Removes a SCIM user record and the user's membership of the
    /// organization (never the last owner's), in one transaction; the
    /// user record stays.
    pub async fn scim_user_remove(
        &self,
        guard: &Guard,
        record: &ScimUserRecord,
    ) -> Result<(), StoreError> {
        let (guard, record) = (guard.clone(), record.clone());
        change!(self, |tx| tx::scim_user_remove(tx, &guard, &record).await)
    }

    /// Appends to a domain's SCIM request log (if the domain still
    /// exists), dropping what `retention` no longer keeps.
    pub async fn scim_log_insert(
        &self,
        log: &ScimLogRecord,
        retention: ScimLogRetention,
    ) -> Result<(), StoreError> {
        let entries = read!(self.scim_log_ids(log.domain_id))?;
        let expired = tx::scim_log_expired(&entries, retention);
        let log = log.clone();
        change!(self, |tx| tx::scim_log_insert(tx, &log, &expired).await)
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
