//! The values that cross the store's interface: its error, the guard a
//! writer's level is checked through, what a change asks for and what it
//! did, the export's records, and the helpers both engines build answers
//! with. A leaf of the store, so that the interface ([`Store`](super::Store)),
//! the changes written once (`tx`) and the engines all take them from here
//! and none imports another through it.

use super::records::DomainRecord;
use super::records::InviteRecord;
use super::records::Level;
use super::records::MembershipRecord;
use super::records::OrganizationRecord;
use super::records::RoleMembershipRecord;
use super::records::RoleRecord;
use super::records::ScimUserRecord;
use super::records::UserRecord;
use crate::page::JoinedPlace;
use crate::page::Page;
use crate::page::Start;
use chrono::DateTime;
use chrono::Utc;
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
    /// The organization has as many records of the kind as it may
    /// (`max`, the limit the write was given): proxy records, webhook
    /// endpoints.
    #[error("limit of {max} records reached")]
    LimitReached { max: u64 },
    /// The record changed since it was read (another write came first),
    /// or came to exist: read it again.
    #[error("the record changed since it was read")]
    Stale,
    /// An import's records could not be read (its file changed since it
    /// was checked, or is out of order): nothing was written.
    #[error("the import's records: {0}")]
    ImportSource(String),
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
    /// The connection to the database was lost after a write's commit was
    /// sent and before its answer came back: the write may or may not
    /// have been applied (a failover, a network cut at that moment).
    #[error("outcome unknown: {0}")]
    OutcomeUnknown(String),
    /// The request's `Idempotency-Key` is held by another request now (a
    /// request sent again took it over): nothing was written.
    #[error("idempotency key taken over")]
    IdempotencyKeyTaken,
    /// The storage engine failed, or stored data could not be read.
    #[error("storage failure: {0}")]
    Internal(String),
}

/// A request holding an `Idempotency-Key` (see `IdempotencyRecord`):
/// each transaction of its write checks that it still holds the key and
/// marks the key applied, in the same commit.
#[derive(Clone, Debug, PartialEq)]
pub struct IdempotencyClaim {
    pub user_id: Uuid,
    pub key_id: Uuid,
    pub holder: Uuid,
}

/// Whether any change of a request committed: the store notes it after
/// each commit, and the HTTP layer reads it to answer an error that came
/// after the write (a read of its answer failing) as what it is, never as
/// "not applied". One per request.
#[derive(Clone, Debug, Default)]
pub struct CommitWitness(std::sync::Arc<std::sync::atomic::AtomicBool>);

impl CommitWitness {
    pub fn committed(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::Acquire)
    }

    pub(crate) fn note(&self) {
        self.0.store(true, std::sync::atomic::Ordering::Release)
    }
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
                if membership.level >= Level::Owner =>
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
    pub(super) fn owned(self) -> OwnedRoleSync {
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

/// What an export does with a record that does not decode: `orgbase
/// export` refuses the store, `orgbase check` leaves it out (its engine's
/// checker reports it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Unreadable {
    Refuse,
    Skip,
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
    pub(super) fn new(
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

/// Where a record's entries go.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Place {
    /// Under the organization it is kept under.
    Organization(Uuid),
    /// A user's own record: under the organization the request was about,
    /// else the user's current one.
    User(Uuid),
}

/// How the activity log names a record (`Kind::subject`; see `activity`).
#[derive(Clone, Debug)]
pub(crate) struct Subject {
    pub scope: &'static str,
    pub place: Place,
    pub item_id: String,
    pub name: Option<String>,
}

/// The page from `start` of an organization's `members` (every one, in the
/// list's order) that `filter` accepts, with the number it accepts: both
/// engines' filtered list of members.
pub(crate) fn filtered_members<E>(
    members: impl IntoIterator<Item = Result<(MembershipRecord, UserRecord), E>>,
    filter: MemberFilter<'_>,
    newest_first: bool,
    start: Start<JoinedPlace>,
    limit: u64,
) -> Result<Page<(MembershipRecord, UserRecord)>, E> {
    let beyond = |(membership, _): &(MembershipRecord, UserRecord),
                  after: &JoinedPlace| {
        let place = JoinedPlace::of(membership.joined_at, membership.user_id);
        if newest_first {
            place < *after
        } else {
            place > *after
        }
    };
    Page::filtered_from(
        members,
        |(membership, user)| filter(membership, user),
        start,
        beyond,
        limit,
    )
}
