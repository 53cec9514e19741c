//! The transactional interface each engine implements, and the changes and
//! invariants written once above it.
//!
//! A change that reads and writes several records (accepting an invite
//! reads the invite, the organization, the user and the membership, and
//! writes all of them and the role memberships), with the invariants it
//! keeps (an owner always, the organization's counts and revision), is
//! written here once, over [`Tx`]: reads and writes of records by kind and
//! key inside one transaction. Each engine implements [`Tx`] on its own
//! transaction and runs the change in it:
//! - sled on its writer thread, inside sled's transaction closure, which
//!   may run the change more than once (see `sled::writer`). A sled read
//!   or write never waits, so the change's future is polled once, to its
//!   end, there (`sled::tx`).
//! - PostgreSQL in one `SERIALIZABLE` transaction, retried from the start
//!   on a serialization failure (`postgres::tx`). The records a change
//!   writes back are read `FOR UPDATE`, but memberships: every guard reads
//!   one, and locking it would queue a member's concurrent writes; the
//!   isolation level catches a concurrent change to one.
//!
//! A change therefore must not keep anything between runs but what it is
//! given, and decides only from what it reads through the transaction.
//!
//! A change that must first read what lives under a record (removing an
//! organization, a role or a domain with what it holds; replacing
//! invites; adding a proxy record under a limit) reads it before the
//! transaction, since sled cannot scan inside one; the change then checks
//! that the organization's revision, which every write under it moves, is
//! still the one read at, and the store reads again if not ([`Listed`]).
//! PostgreSQL does the same, so that the rule is one. The changes still
//! each engine's own (the organization create, the authentication record)
//! are listed with the reasons in the book's "How it is built".

use super::kinds::each_kind_async;

use super::kinds::EachKindAsync;
use super::kinds::ExportRecord;
use super::kinds::ImportRecords;
use super::kinds::Kind;
use super::kinds::Membership;
use super::kinds::RoleMember;
use super::records::ActivityRecord;
use super::records::ApiKeyRecord;
use super::records::DomainRecord;
use super::records::IdempotencyRecord;
use super::records::IdempotentAnswer;
use super::records::InviteRecord;
use super::records::Level;
use super::records::MembershipRecord;
use super::records::OrganizationRecord;
use super::records::ProjectRecord;
use super::records::ProjectSettingsRecord;
use super::records::ProxyRecord;
use super::records::RoleExternalReferenceRecord;
use super::records::RoleMembershipRecord;
use super::records::RoleRecord;
use super::records::ScimLogRecord;
use super::records::ScimUserRecord;
use super::records::UserRecord;
use super::records::WebhookDeliveryRecord;
use super::records::WebhookRecord;
use super::types::role_synced;
use super::types::Guard;
use super::types::IdempotencyClaim;
use super::types::InviteAcceptance;
use super::types::InviteChanges;
use super::types::MembershipChange;
use super::types::OwnedRoleSync;
use super::types::ProxyWrite;
use super::types::ScimLogRetention;
use super::types::ScimMembership;
use super::types::ScimUserWrite;
use super::types::StoreError;
use uuid::Uuid;

/// Reads and writes of records inside one transaction of an engine.
///
/// Records are read and written by kind and key ([`Kind`]): a write writes
/// what the engine keeps beside the record from the kind's line in the
/// table (sled's indexes and counts, PostgreSQL's key columns), and fails
/// with the kind's error where it would take a unique key another record
/// holds. The invariants between records are the changes' (below), not
/// the engine's.
pub(crate) trait Tx {
    /// What stops the transaction: a [`StoreError`] that aborts it, or the
    /// engine's own reason to run it again.
    type Error: From<StoreError>;

    /// The record of kind `K` at `key` (its [`Kind::key`]).
    async fn get<K: Kind>(
        &mut self,
        key: &[Uuid],
    ) -> Result<Option<K>, Self::Error>;

    /// Adds a record, with what its engine keeps beside it.
    async fn insert<K: Kind>(&mut self, record: &K) -> Result<(), Self::Error>;

    /// Adds records of one kind, as [`Tx::insert`] adds each (an import's
    /// runs of records: PostgreSQL writes many in one statement).
    async fn insert_batch<K: Kind>(
        &mut self,
        records: &[K],
    ) -> Result<(), Self::Error>;

    /// Writes a stored record anew (else `NotFound`), moving what its
    /// engine keeps beside it where that changed.
    async fn put<K: Kind>(&mut self, record: &K) -> Result<(), Self::Error>;

    /// Removes the record of kind `K` at `key`, with what its engine keeps
    /// beside it; the record removed, if there was one.
    async fn remove<K: Kind>(
        &mut self,
        key: &[Uuid],
    ) -> Result<Option<K>, Self::Error>;

    /// The invite with this id, in whichever organization.
    async fn invite_by_id(
        &mut self,
        invite_id: Uuid,
    ) -> Result<Option<InviteRecord>, Self::Error>;

    /// Whether the store holds any user.
    async fn holds_users(&mut self) -> Result<bool, Self::Error>;

    /// Whether an organization has this slug.
    async fn slug_taken(&mut self, slug: &str) -> Result<bool, Self::Error>;

    /// Makes the numeric ids (users', projects') the store gives from now
    /// on larger than `largest`.
    async fn numeric_ids_after(
        &mut self,
        largest: i64,
    ) -> Result<(), Self::Error>;
}

/// An organization as it is written after a change to what it counts or
/// holds: never without an owner, its revision one further (so that a
/// change that listed under it before, and checks the revision, sees it).
/// The one statement of that rule: every organization write of both
/// engines goes through [`organization_write`].
fn organization_written(
    mut organization: OrganizationRecord,
) -> Result<OrganizationRecord, StoreError> {
    if organization.owner_count == 0 {
        return Err(StoreError::LastOwner);
    }
    organization.revision += 1;
    Ok(organization)
}

/// Writes an organization after a change (see [`organization_written`]).
pub(crate) async fn organization_write<T: Tx>(
    tx: &mut T,
    organization: OrganizationRecord,
) -> Result<OrganizationRecord, T::Error> {
    let organization = organization_written(organization)?;
    tx.put(&organization).await?;
    Ok(organization)
}

/// Checks `guard` against the organization and, for a member, their
/// membership in it, for a SCIM client the domain, as this transaction
/// sees them (see [`Guard`]).
pub(crate) async fn guard_check<T: Tx>(
    tx: &mut T,
    organization: &OrganizationRecord,
    guard: &Guard,
) -> Result<(), T::Error> {
    match guard {
        Guard::Member { user_id, level, level_if_member_keys_off } => {
            let membership = tx
                .get::<Membership>(&[organization.id, *user_id])
                .await?
                .map(|m| m.record)
                .ok_or(StoreError::GuardNotMember)?;
            let needed = Guard::level_needed(
                organization,
                *level,
                *level_if_member_keys_off,
            );
            if membership.level < needed {
                return Err(StoreError::GuardLevel.into());
            }
        }
        Guard::Scim { domain_id, token_hash } => {
            let domain =
                tx.get::<DomainRecord>(&[organization.id, *domain_id]).await?;
            if !Guard::scim_holds(domain.as_ref(), organization.id, token_hash)
            {
                return Err(StoreError::GuardNotMember.into());
            }
        }
    }
    Ok(())
}

/// Checks `guard`, then writes the organization back with its revision
/// bumped, for a change to something under it (roles, tokens, domains,
/// ...), so that a change needing a stable view of it (deleting it)
/// notices. Answers the organization as written.
pub(crate) async fn touch_organization<T: Tx>(
    tx: &mut T,
    organization_id: Uuid,
    guard: &Guard,
) -> Result<OrganizationRecord, T::Error> {
    let organization = tx
        .get::<OrganizationRecord>(&[organization_id])
        .await?
        .ok_or(StoreError::NotFound)?;
    guard_check(tx, &organization, guard).await?;
    organization_write(tx, organization).await
}

/// Adds a record kept under its organization (the first of its key's
/// ids), once `guard` holds.
pub(crate) async fn insert_under<T: Tx, K: Kind>(
    tx: &mut T,
    record: &K,
    guard: &Guard,
) -> Result<(), T::Error> {
    touch_organization(tx, record.key()[0], guard).await?;
    tx.insert(record).await
}

/// Changes a record kept under its organization as `change` decides,
/// once `guard` holds (none: orgbase's own change); its key stays.
pub(crate) async fn update_under<T: Tx, K: Kind, E>(
    tx: &mut T,
    key: &[Uuid],
    guard: Option<&Guard>,
    change: &impl Fn(&mut K) -> Result<(), E>,
) -> Result<Result<K, E>, T::Error> {
    let organization = tx
        .get::<OrganizationRecord>(&key[..1])
        .await?
        .ok_or(StoreError::NotFound)?;
    if let Some(guard) = guard {
        guard_check(tx, &organization, guard).await?;
    }
    let mut record = tx.get::<K>(key).await?.ok_or(StoreError::NotFound)?;
    if let Err(refusal) = change(&mut record) {
        return Ok(Err(refusal));
    }
    if record.key() != key {
        return Err(
            StoreError::Internal("a change moved a record".into()).into()
        );
    }
    tx.put(&record).await?;
    Ok(Ok(record))
}

/// Removes a record kept under its organization (`NotFound` when it is
/// gone already), once `guard` holds.
pub(crate) async fn remove_under<T: Tx, K: Kind>(
    tx: &mut T,
    key: &[Uuid],
    guard: &Guard,
) -> Result<K, T::Error> {
    touch_organization(tx, key[0], guard).await?;
    Ok(tx.remove::<K>(key).await?.ok_or(StoreError::NotFound)?)
}

/// Accepts an invite for `user_id` (see `Store::invite_accept`): if
/// `decide` agrees, adds the membership it returns with its roles (which
/// must be the organization's), counts it on the organization, consumes
/// the invite and makes the organization the user's current one.
pub(crate) async fn invite_accept<T: Tx, E>(
    tx: &mut T,
    invite_id: Uuid,
    user_id: Uuid,
    decide: &impl Fn(&InviteAcceptance) -> Result<MembershipRecord, E>,
) -> Result<Result<MembershipRecord, E>, T::Error> {
    let not_found = || T::Error::from(StoreError::NotFound);
    let invite = tx.invite_by_id(invite_id).await?.ok_or_else(not_found)?;
    let organization_id = invite.organization_id;
    let organization = tx
        .get::<OrganizationRecord>(&[organization_id])
        .await?
        .ok_or_else(not_found)?;
    let user = tx.get::<UserRecord>(&[user_id]).await?.ok_or_else(not_found)?;
    let already_member = tx
        .get::<Membership>(&[organization_id, user_id])
        .await?
        .map(|m| m.record)
        .is_some();
    let acceptance =
        InviteAcceptance { invite, organization, user, already_member };
    let membership = match decide(&acceptance) {
        Ok(membership) => membership,
        Err(refusal) => return Ok(Err(refusal)),
    };
    for role in &membership.roles {
        if tx.get::<RoleRecord>(&[organization_id, *role]).await?.is_none() {
            return Err(StoreError::UnknownRole.into());
        }
    }
    let InviteAcceptance { invite, mut organization, mut user, .. } =
        acceptance;
    organization.member_count += 1;
    organization.owner_count += u64::from(membership.level == Level::Owner);
    organization_write(tx, organization).await?;
    tx.insert(&Membership { organization_id, record: membership.clone() })
        .await?;
    for role in &membership.roles {
        let member = RoleMembershipRecord {
            id: Uuid::now_v7(),
            role_id: *role,
            user_id,
            joined_at: membership.joined_at,
            updated_at: membership.joined_at,
        };
        tx.insert(&RoleMember { organization_id, record: member }).await?;
    }
    tx.remove::<InviteRecord>(&invite.key()).await?;
    user.current_organization = Some(organization_id);
    tx.put(&user).await?;
    Ok(Ok(membership))
}

/// Maps a provider's role to one of the organization's roles (see
/// `Store::role_external_reference_insert`).
pub(crate) async fn role_external_reference_insert<T: Tx>(
    tx: &mut T,
    reference: &RoleExternalReferenceRecord,
    guard: &Guard,
) -> Result<(), T::Error> {
    let organization_id = reference.organization_id;
    touch_organization(tx, organization_id, guard).await?;
    if tx
        .get::<RoleRecord>(&[organization_id, reference.role_id])
        .await?
        .is_none()
    {
        return Err(StoreError::UnknownRole.into());
    }
    tx.insert(reference).await
}

/// Adds a domain to its organization.
pub(crate) async fn domain_insert<T: Tx>(
    tx: &mut T,
    domain: &DomainRecord,
    guard: &Guard,
) -> Result<(), T::Error> {
    touch_organization(tx, domain.organization_id, guard).await?;
    tx.insert(domain).await
}

/// Changes a domain as `change` decides from what is stored (see
/// `Store::domain_update`); its name never changes.
pub(crate) async fn domain_update<T: Tx, E>(
    tx: &mut T,
    organization_id: Uuid,
    domain_id: Uuid,
    guard: &Guard,
    change: &impl Fn(&mut DomainRecord) -> Result<(), E>,
) -> Result<Result<DomainRecord, E>, T::Error> {
    let organization = tx
        .get::<OrganizationRecord>(&[organization_id])
        .await?
        .ok_or(StoreError::NotFound)?;
    guard_check(tx, &organization, guard).await?;
    let mut domain = tx
        .get::<DomainRecord>(&[organization_id, domain_id])
        .await?
        .ok_or(StoreError::NotFound)?;
    let name = domain.domain.clone();
    if let Err(refusal) = change(&mut domain) {
        return Ok(Err(refusal));
    }
    domain.domain = name;
    tx.put(&domain).await?;
    Ok(Ok(domain))
}

/// Adds a role to its organization.
pub(crate) async fn role_insert<T: Tx>(
    tx: &mut T,
    role: &RoleRecord,
    guard: &Guard,
) -> Result<(), T::Error> {
    touch_organization(tx, role.organization_id, guard).await?;
    tx.insert(role).await
}

/// Changes a role as `change` does (not its ids; a new name must be
/// free).
pub(crate) async fn role_update<T: Tx>(
    tx: &mut T,
    organization_id: Uuid,
    role_id: Uuid,
    guard: &Guard,
    change: &impl Fn(&mut RoleRecord),
) -> Result<RoleRecord, T::Error> {
    touch_organization(tx, organization_id, guard).await?;
    role_change(tx, organization_id, role_id, change).await
}

async fn role_change<T: Tx>(
    tx: &mut T,
    organization_id: Uuid,
    role_id: Uuid,
    change: &impl Fn(&mut RoleRecord),
) -> Result<RoleRecord, T::Error> {
    let mut role = tx
        .get::<RoleRecord>(&[organization_id, role_id])
        .await?
        .ok_or(StoreError::NotFound)?;
    change(&mut role);
    role.id = role_id;
    role.organization_id = organization_id;
    tx.put(&role).await?;
    Ok(role)
}

/// Adds a member of the organization to a role they are not in.
pub(crate) async fn role_member_insert<T: Tx>(
    tx: &mut T,
    organization_id: Uuid,
    member: &RoleMembershipRecord,
    guard: &Guard,
) -> Result<(), T::Error> {
    touch_organization(tx, organization_id, guard).await?;
    role_assign(tx, organization_id, member).await
}

/// Takes a user out of a role.
pub(crate) async fn role_member_remove<T: Tx>(
    tx: &mut T,
    organization_id: Uuid,
    role_id: Uuid,
    user_id: Uuid,
    guard: &Guard,
) -> Result<(), T::Error> {
    touch_organization(tx, organization_id, guard).await?;
    role_unassign(tx, organization_id, role_id, user_id).await
}

/// Creates or changes a role and its members as `sync` says (SCIM).
pub(crate) async fn role_sync<T: Tx>(
    tx: &mut T,
    sync: &OwnedRoleSync,
    guard: &Guard,
) -> Result<RoleRecord, T::Error> {
    let role = &sync.role;
    let organization_id = role.organization_id;
    touch_organization(tx, organization_id, guard).await?;
    let synced = if sync.create {
        tx.insert(role).await?;
        role.clone()
    } else {
        let synced = |stored: &mut RoleRecord| role_synced(stored, role);
        role_change(tx, organization_id, role.id, &synced).await?
    };
    for user_id in &sync.remove {
        role_unassign(tx, organization_id, role.id, *user_id).await?;
    }
    for member in &sync.add {
        role_assign(tx, organization_id, member).await?;
    }
    Ok(synced)
}

/// Puts a member of the organization in a role of it they are not in,
/// mirroring it on their membership.
async fn role_assign<T: Tx>(
    tx: &mut T,
    organization_id: Uuid,
    member: &RoleMembershipRecord,
) -> Result<(), T::Error> {
    let (role_id, user_id) = (member.role_id, member.user_id);
    if tx.get::<RoleRecord>(&[organization_id, role_id]).await?.is_none() {
        return Err(StoreError::NotFound.into());
    }
    if tx
        .get::<RoleMember>(&[organization_id, role_id, user_id])
        .await?
        .is_some()
    {
        return Err(StoreError::AlreadyInRole.into());
    }
    membership_roles_change(tx, organization_id, user_id, |roles| {
        roles.push(role_id)
    })
    .await?;
    tx.insert(&RoleMember { organization_id, record: member.clone() }).await
}

/// Takes a user out of a role they are in, mirroring it on their
/// membership.
/// What lives under a record, listed before the transaction that removes
/// it (sled cannot scan inside one), with its organization's revision at
/// the time: every write under an organization moves it, so a removal
/// that finds it moved lists again.
pub(crate) struct Listed<T> {
    pub revision: u64,
    pub under: T,
}

/// What lives under a role: its members, and its external references.
pub(crate) type RoleListing =
    Listed<(Vec<Uuid>, Vec<RoleExternalReferenceRecord>)>;

/// What lives under a domain: its SCIM users, and its SCIM log's entries.
pub(crate) type DomainListing = Listed<(Vec<ScimUserRecord>, Vec<Uuid>)>;

/// Everything under an organization: its members, its domains (each with
/// its SCIM users and log entries), and the keys of every kind the table
/// of kinds says goes with it (`Cascade::Listed`), by kind.
#[derive(Default)]
pub(crate) struct OrganizationContents {
    pub members: Vec<Uuid>,
    pub domains: Vec<(DomainRecord, Vec<ScimUserRecord>, Vec<Uuid>)>,
    pub listed: Vec<(&'static str, Vec<Vec<Uuid>>)>,
}

/// What lives under an organization, listed before its removal.
pub(crate) type OrganizationListing = Listed<OrganizationContents>;

/// The organization a removal is under, if its revision is the one the
/// removal listed at (else None: list again), with the writer's guard
/// checked.
async fn organization_as_listed<T: Tx, U>(
    tx: &mut T,
    organization_id: Uuid,
    guard: &Guard,
    listed: &Listed<U>,
) -> Result<Option<OrganizationRecord>, T::Error> {
    let organization = tx
        .get::<OrganizationRecord>(&[organization_id])
        .await?
        .ok_or(StoreError::NotFound)?;
    if organization.revision != listed.revision {
        return Ok(None);
    }
    guard_check(tx, &organization, guard).await?;
    Ok(Some(organization))
}

/// The entries of a domain's SCIM request log (`entries`, their ids,
/// oldest first) that an entry added now makes too many or too old to
/// keep under `retention`: beyond the newest `max_entries - 1`, or logged
/// before `oldest` (a UUIDv7 id says when).
pub(crate) fn scim_log_expired(
    entries: &[Uuid],
    retention: ScimLogRetention,
) -> Vec<Uuid> {
    let keep = usize::try_from(retention.max_entries.saturating_sub(1))
        .unwrap_or(usize::MAX);
    let excess = entries.len().saturating_sub(keep);
    let logged_before = |id: &Uuid| {
        id.get_timestamp().is_some_and(|at| {
            let (seconds, _) = at.to_unix();
            i64::try_from(seconds).unwrap_or(i64::MAX)
                < retention.oldest.timestamp()
        })
    };
    (entries.iter().enumerate())
        .filter(|(at, id)| *at < excess || logged_before(id))
        .map(|(_, id)| *id)
        .collect()
}

/// Adds an entry to a domain's SCIM request log and removes `expired`
/// (see [`scim_log_expired`]), if the domain is still there. The
/// organization's revision moves, so that a removal of the domain that
/// listed its log before lists it again.
pub(crate) async fn scim_log_insert<T: Tx>(
    tx: &mut T,
    entry: &ScimLogRecord,
    expired: &[Uuid],
) -> Result<(), T::Error> {
    let Some(organization) =
        tx.get::<OrganizationRecord>(&[entry.organization_id]).await?
    else {
        return Ok(());
    };
    if tx
        .get::<DomainRecord>(&[entry.organization_id, entry.domain_id])
        .await?
        .is_none()
    {
        return Ok(());
    }
    for expired in expired {
        tx.remove::<ScimLogRecord>(&[entry.domain_id, *expired]).await?;
    }
    tx.insert(entry).await?;
    organization_write(tx, organization).await?;
    Ok(())
}

/// An import's records (as `orgbase export` writes them, in its order,
/// checked first: see `invariants`), handed to the engine a run of one
/// kind at a time, so that however many there are, only a run is held.
pub(crate) struct ImportRuns<'a> {
    records: std::iter::Peekable<&'a mut ImportRecords<'a>>,
    /// The most records of one kind handed to the engine at once (the
    /// engine's `IMPORT_RUN`).
    most: usize,
    /// The largest numeric id among the records handed on so far.
    largest: i64,
    /// The rank of the last run handed on.
    rank: usize,
}

impl<'a> ImportRuns<'a> {
    pub(crate) fn new(
        records: &'a mut ImportRecords<'a>,
        most: usize,
    ) -> ImportRuns<'a> {
        ImportRuns { records: records.peekable(), most, largest: 0, rank: 0 }
    }

    /// The next run: at most `most` records of one kind. An
    /// error where a record could not be read or comes before the
    /// export's order allows.
    pub(crate) fn next_run(
        &mut self,
    ) -> Result<Option<Vec<ExportRecord>>, StoreError> {
        let mut run: Vec<ExportRecord> = Vec::new();
        while run.len() < self.most {
            let same_kind = |next: &Result<ExportRecord, String>| match next {
                Ok(next) => {
                    run.first().is_none_or(|first| first.rank() == next.rank())
                }
                Err(_) => true,
            };
            let Some(next) = self.records.next_if(same_kind) else {
                break;
            };
            let record = next.map_err(StoreError::ImportSource)?;
            if record.rank() < self.rank {
                return Err(StoreError::ImportSource(format!(
                    "{} comes after records of a later kind",
                    record.describe()
                )));
            }
            self.rank = record.rank();
            self.largest =
                record.numeric_ids().into_iter().fold(self.largest, i64::max);
            run.push(record);
        }
        Ok((!run.is_empty()).then_some(run))
    }

    /// The largest numeric id among the records handed on so far.
    pub(crate) fn largest(&self) -> i64 {
        self.largest
    }
}

/// Starts an import: the store must hold no user (else `NotEmpty`).
pub(crate) async fn import_start<T: Tx>(tx: &mut T) -> Result<(), T::Error> {
    match tx.holds_users().await? {
        true => Err(StoreError::NotEmpty.into()),
        false => Ok(()),
    }
}

/// Writes one run of an import (of one kind, see [`ImportRuns`]), each
/// record with what its engine keeps beside it. Each organization's log
/// says it was imported (`arrival`), after what it brought: it is written
/// as a change leaves it (at its next revision), and its arrival is
/// logged at that revision.
pub(crate) async fn import_run<T: Tx>(
    tx: &mut T,
    run: &[ExportRecord],
    arrival: &impl Fn(&OrganizationRecord) -> Option<ActivityRecord>,
) -> Result<(), T::Error> {
    /// The records of one variant among `run`, as that kind's records.
    macro_rules! records_of {
        ($variant:ident) => {
            run.iter()
                .filter_map(|record| match record {
                    ExportRecord::$variant { record } => Some(record.clone()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
    }
    /// As `records_of!`, for the kinds whose export names their
    /// organization beside the record (their kind is the variant's name).
    macro_rules! kept_under {
        ($variant:ident) => {
            run.iter()
                .filter_map(|record| match record {
                    ExportRecord::$variant { organization_id, record } => {
                        Some($variant {
                            organization_id: *organization_id,
                            record: record.clone(),
                        })
                    }
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
    }
    let Some(first) = run.first() else {
        return Ok(());
    };
    match first {
        ExportRecord::User { .. } => tx.insert_batch(&records_of!(User)).await,
        ExportRecord::ApiKey { .. } => {
            tx.insert_batch(&records_of!(ApiKey)).await
        }
        ExportRecord::Organization { .. } => {
            let mut written = Vec::with_capacity(run.len());
            let mut arrivals = Vec::with_capacity(run.len());
            for organization in records_of!(Organization) {
                let organization = organization_written(organization)?;
                arrivals.extend(arrival(&organization));
                written.push(organization);
            }
            tx.insert_batch(&written).await?;
            tx.insert_batch(&arrivals).await
        }
        ExportRecord::Membership { .. } => {
            tx.insert_batch(&kept_under!(Membership)).await
        }
        ExportRecord::Invite { .. } => {
            tx.insert_batch(&records_of!(Invite)).await
        }
        ExportRecord::Role { .. } => tx.insert_batch(&records_of!(Role)).await,
        ExportRecord::RoleMember { .. } => {
            tx.insert_batch(&kept_under!(RoleMember)).await
        }
        ExportRecord::CimdToken { .. } => {
            tx.insert_batch(&records_of!(CimdToken)).await
        }
        ExportRecord::Domain { .. } => {
            tx.insert_batch(&records_of!(Domain)).await
        }
        ExportRecord::RoleExternalReference { .. } => {
            tx.insert_batch(&records_of!(RoleExternalReference)).await
        }
        ExportRecord::ProxyRecord { .. } => {
            tx.insert_batch(&records_of!(ProxyRecord)).await
        }
        ExportRecord::ScimUser { .. } => {
            tx.insert_batch(&records_of!(ScimUser)).await
        }
        ExportRecord::ScimLog { .. } => {
            tx.insert_batch(&records_of!(ScimLog)).await
        }
        ExportRecord::ProjectSettings { .. } => {
            tx.insert_batch(&records_of!(ProjectSettings)).await
        }
        ExportRecord::Activity { .. } => {
            tx.insert_batch(&records_of!(Activity)).await
        }
        ExportRecord::Webhook { .. } => {
            tx.insert_batch(&records_of!(Webhook)).await
        }
        ExportRecord::WebhookDelivery { .. } => {
            tx.insert_batch(&records_of!(WebhookDelivery)).await
        }
        ExportRecord::IdempotencyKey { .. } => {
            tx.insert_batch(&records_of!(IdempotencyKey)).await
        }
    }
}

/// Ends an import: numeric ids given later come after the largest
/// imported (see [`ImportRuns::largest`]).
pub(crate) async fn import_end<T: Tx>(
    tx: &mut T,
    largest: i64,
) -> Result<(), T::Error> {
    tx.numeric_ids_after(largest).await
}

/// Inserts a record kept under its organization, if the organization
/// had fewer than `limit` of its kind (else `LimitReached`) when `listed`
/// counted them. False when the organization moved since: count again.
pub(crate) async fn insert_limited<T: Tx, K: Kind>(
    tx: &mut T,
    record: &K,
    guard: &Guard,
    limit: u64,
    listed: &Listed<u64>,
) -> Result<bool, T::Error> {
    let Some(organization) =
        organization_as_listed(tx, record.key()[0], guard, listed).await?
    else {
        return Ok(false);
    };
    if listed.under >= limit {
        return Err(StoreError::LimitReached { max: limit }.into());
    }
    tx.insert(record).await?;
    organization_write(tx, organization).await?;
    Ok(true)
}

/// Removes and adds invites of an organization as planned from what was
/// read at the listed revision. False when the organization moved since:
/// read and plan again.
pub(crate) async fn invite_replace<T: Tx>(
    tx: &mut T,
    organization_id: Uuid,
    listed: &Listed<InviteChanges>,
) -> Result<bool, T::Error> {
    let organization = tx
        .get::<OrganizationRecord>(&[organization_id])
        .await?
        .ok_or(StoreError::NotFound)?;
    if organization.revision != listed.revision {
        return Ok(false);
    }
    for invite_id in &listed.under.remove {
        if let Some(invite) = tx.invite_by_id(*invite_id).await? {
            tx.remove::<InviteRecord>(&invite.key()).await?;
        }
    }
    for invite in &listed.under.insert {
        tx.insert(invite).await?;
    }
    organization_write(tx, organization).await?;
    Ok(true)
}

/// Removes an organization with everything under it; each member leaves
/// it (their role memberships with them, and it is no longer their
/// current organization). False when the organization moved since
/// `listed` was read: list again.
pub(crate) async fn organization_remove<T: Tx>(
    tx: &mut T,
    organization_id: Uuid,
    guard: &Guard,
    listed: &OrganizationListing,
) -> Result<bool, T::Error> {
    let Some(organization) =
        organization_as_listed(tx, organization_id, guard, listed).await?
    else {
        return Ok(false);
    };
    let contents = &listed.under;
    for user_id in &contents.members {
        membership_leave(tx, organization_id, *user_id).await?;
    }
    for (domain, scim_users, log_entries) in &contents.domains {
        domain_contents_remove(tx, domain, scim_users, log_entries).await?;
    }
    let mut removal = ListedRemoval { tx, listed: &contents.listed };
    each_kind_async(&mut removal).await?;
    tx.remove::<OrganizationRecord>(&organization.key()).await?;
    Ok(true)
}

/// Removes every listed record of each kind that goes with its
/// organization.
struct ListedRemoval<'a, T> {
    tx: &'a mut T,
    listed: &'a [(&'static str, Vec<Vec<Uuid>>)],
}

impl<T: Tx> EachKindAsync for ListedRemoval<'_, T> {
    type Error = T::Error;

    async fn kind<K: Kind>(&mut self) -> Result<(), T::Error> {
        let keys =
            self.listed.iter().filter(|(kind, _)| *kind == K::TABLE.kind);
        for key in keys.flat_map(|(_, keys)| keys) {
            self.tx.remove::<K>(key).await?;
        }
        Ok(())
    }
}

/// Removes a domain with its SCIM users' records and its log's entries.
async fn domain_contents_remove<T: Tx>(
    tx: &mut T,
    domain: &DomainRecord,
    scim_users: &[ScimUserRecord],
    log_entries: &[Uuid],
) -> Result<(), T::Error> {
    for scim_user in scim_users {
        tx.remove::<ScimUserRecord>(&scim_user.key()).await?;
    }
    for entry_id in log_entries {
        tx.remove::<ScimLogRecord>(&[domain.id, *entry_id]).await?;
    }
    tx.remove::<DomainRecord>(&domain.key()).await?;
    Ok(())
}

/// Removes a role with its memberships (each membership's list of roles
/// kept in step) and its external references; the organization's default
/// role is cleared if it was this one. False when the organization moved
/// since `listed` was read: list again.
pub(crate) async fn role_remove<T: Tx>(
    tx: &mut T,
    organization_id: Uuid,
    role_id: Uuid,
    guard: &Guard,
    listed: &RoleListing,
) -> Result<bool, T::Error> {
    let Some(mut organization) =
        organization_as_listed(tx, organization_id, guard, listed).await?
    else {
        return Ok(false);
    };
    let role = tx
        .get::<RoleRecord>(&[organization_id, role_id])
        .await?
        .ok_or(StoreError::NotFound)?;
    let (members, references) = &listed.under;
    for user_id in members {
        role_unassign(tx, organization_id, role_id, *user_id).await?;
    }
    for reference in references {
        tx.remove::<RoleExternalReferenceRecord>(&reference.key()).await?;
    }
    tx.remove::<RoleRecord>(&role.key()).await?;
    if organization.default_role_id == Some(role_id) {
        organization.default_role_id = None;
    }
    organization_write(tx, organization).await?;
    Ok(true)
}

/// Removes a domain with its SCIM users' records (the users and their
/// memberships stay) and its SCIM request log. False when the
/// organization moved since `listed` was read: list again.
pub(crate) async fn domain_remove<T: Tx>(
    tx: &mut T,
    domain: &DomainRecord,
    guard: &Guard,
    listed: &DomainListing,
) -> Result<bool, T::Error> {
    let organization_id = domain.organization_id;
    let Some(organization) =
        organization_as_listed(tx, organization_id, guard, listed).await?
    else {
        return Ok(false);
    };
    let (scim_users, log_entries) = &listed.under;
    domain_contents_remove(tx, domain, scim_users, log_entries).await?;
    organization_write(tx, organization).await?;
    Ok(true)
}

pub(crate) async fn role_unassign<T: Tx>(
    tx: &mut T,
    organization_id: Uuid,
    role_id: Uuid,
    user_id: Uuid,
) -> Result<(), T::Error> {
    if tx
        .remove::<RoleMember>(&[organization_id, role_id, user_id])
        .await?
        .is_none()
    {
        return Err(StoreError::NotFound.into());
    }
    membership_roles_change(tx, organization_id, user_id, |roles| {
        roles.retain(|role| *role != role_id)
    })
    .await
}

/// Changes the roles a membership lists (kept equal to the user's role
/// memberships).
async fn membership_roles_change<T: Tx>(
    tx: &mut T,
    organization_id: Uuid,
    user_id: Uuid,
    change: impl FnOnce(&mut Vec<Uuid>),
) -> Result<(), T::Error> {
    let mut membership = tx
        .get::<Membership>(&[organization_id, user_id])
        .await?
        .map(|m| m.record)
        .ok_or(StoreError::NotAMember)?;
    change(&mut membership.roles);
    tx.put(&Membership { organization_id, record: membership }).await
}

/// What a change of `target`'s membership decides from: the organization,
/// the caller's membership, and the target's.
async fn membership_change_read<T: Tx>(
    tx: &mut T,
    organization_id: Uuid,
    actor: Uuid,
    target: Uuid,
) -> Result<MembershipChange, T::Error> {
    let organization = tx
        .get::<OrganizationRecord>(&[organization_id])
        .await?
        .ok_or(StoreError::NotFound)?;
    let actor = tx
        .get::<Membership>(&[organization_id, actor])
        .await?
        .map(|m| m.record);
    let target = tx
        .get::<Membership>(&[organization_id, target])
        .await?
        .map(|m| m.record)
        .ok_or(StoreError::NotFound)?;
    Ok(MembershipChange { organization, actor, target })
}

/// Changes `target`'s membership as `decide` says (see
/// `Store::membership_update`), keeping the owner count.
pub(crate) async fn membership_update<T: Tx, E>(
    tx: &mut T,
    organization_id: Uuid,
    actor: Uuid,
    target: Uuid,
    decide: &impl Fn(&MembershipChange) -> Result<MembershipRecord, E>,
) -> Result<Result<MembershipRecord, E>, T::Error> {
    let change =
        membership_change_read(tx, organization_id, actor, target).await?;
    let updated = match decide(&change) {
        Ok(updated) => updated,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let mut organization = change.organization;
    organization.owner_count = (organization.owner_count
        + u64::from(updated.level == Level::Owner))
    .saturating_sub(u64::from(change.target.level == Level::Owner));
    organization_write(tx, organization).await?;
    let record = updated.clone();
    tx.put(&Membership { organization_id, record }).await?;
    Ok(Ok(updated))
}

/// Removes `target`'s membership if `allow` agrees (see
/// `Store::membership_remove`), keeping the counts.
pub(crate) async fn membership_remove<T: Tx, E>(
    tx: &mut T,
    organization_id: Uuid,
    actor: Uuid,
    target: Uuid,
    allow: &impl Fn(&MembershipChange) -> Result<(), E>,
) -> Result<Result<(), E>, T::Error> {
    let change =
        membership_change_read(tx, organization_id, actor, target).await?;
    if let Err(refusal) = allow(&change) {
        return Ok(Err(refusal));
    }
    let mut organization = change.organization;
    // Saturating: a count already wrong on disk (reported by `orgbase
    // check`) must not panic here.
    organization.member_count = organization.member_count.saturating_sub(1);
    organization.owner_count = organization
        .owner_count
        .saturating_sub(u64::from(change.target.level == Level::Owner));
    organization_write(tx, organization).await?;
    membership_leave(tx, organization_id, target).await?;
    Ok(Ok(()))
}

/// Takes a user out of an organization (not counted: the caller counts):
/// their membership and its role memberships go, and the organization is
/// no longer their current one.
pub(crate) async fn membership_leave<T: Tx>(
    tx: &mut T,
    organization_id: Uuid,
    user_id: Uuid,
) -> Result<(), T::Error> {
    // Its role memberships first, each removed as a change of its own
    // (PostgreSQL would otherwise remove them with the membership, unseen
    // by the activity log).
    let membership = tx.get::<Membership>(&[organization_id, user_id]).await?;
    for role_id in membership.iter().flat_map(|m| &m.record.roles) {
        tx.remove::<RoleMember>(&[organization_id, *role_id, user_id]).await?;
    }
    tx.remove::<Membership>(&[organization_id, user_id]).await?;
    if let Some(mut user) = tx.get::<UserRecord>(&[user_id]).await? {
        if user.current_organization == Some(organization_id) {
            user.current_organization = None;
            tx.put(&user).await?;
        }
    }
    Ok(())
}

/// The organizations a change to a project is written to: where the
/// project is, and where it moves to (a move to another organization).
pub(crate) struct ProjectPlace {
    pub target: ProjectTarget,
    /// The keys of the organization's invites, listed at its revision,
    /// once a change took a project out of the organization: the project
    /// leaves their `private_project_access`.
    pub invites: Option<Listed<Vec<Vec<Uuid>>>>,
}

/// The project a change is to, and what the change does beside it.
#[derive(Clone)]
pub(crate) struct ProjectTarget {
    pub organization_id: Uuid,
    /// The project's environment's UUID (its settings' key).
    pub team_uuid: Uuid,
    /// The organization it moves to, for a move.
    pub moved_to: Option<Uuid>,
    /// The user whose current project it becomes (its creator, as in
    /// PostHog).
    pub made_current_for: Option<Uuid>,
}

impl ProjectTarget {
    /// `project` of `organization`, where it is.
    pub(crate) fn of(
        organization: &OrganizationRecord,
        project: &ProjectRecord,
    ) -> ProjectTarget {
        ProjectTarget {
            organization_id: organization.id,
            team_uuid: project.team_uuid,
            moved_to: None,
            made_current_for: None,
        }
    }
}

/// A project's change, as `change` decides (see `Store::project_write`)
/// from its organization (whose `projects` it may change), the
/// organization it moves to if it moves (the same record otherwise), and
/// its settings record (None: none kept, a new project, or one removed),
/// once `guard` holds in each. Its settings are written where the change
/// left them (under their `organization_id`), and each organization with
/// its revision moved; the user `made_current_for` names has it as their
/// current project. None when the change takes a project out of the
/// organization and its invites were not listed, or the organization
/// moved since they were: list them (again).
pub(crate) async fn project_write<T: Tx, E>(
    tx: &mut T,
    place: &ProjectPlace,
    guard: &Guard,
    change: &impl Fn(
        &mut OrganizationRecord,
        Option<&mut OrganizationRecord>,
        &mut Option<ProjectSettingsRecord>,
    ) -> Result<(), E>,
) -> Result<Result<Option<ProjectSettingsWritten>, E>, T::Error> {
    let read = async |tx: &mut T, id: Uuid| -> Result<_, T::Error> {
        let organization = tx
            .get::<OrganizationRecord>(&[id])
            .await?
            .ok_or(StoreError::NotFound)?;
        guard_check(tx, &organization, guard).await?;
        Ok(organization)
    };
    let target = &place.target;
    let mut organization = read(tx, target.organization_id).await?;
    let listed_at = place.invites.as_ref().map(|listed| listed.revision);
    if listed_at.is_some_and(|revision| revision != organization.revision) {
        return Ok(Ok(None));
    }
    let had: Vec<i64> = organization.projects.iter().map(|p| p.id).collect();
    let mut destination = match target.moved_to {
        Some(id) => Some(read(tx, id).await?),
        None => None,
    };
    let key = [target.organization_id, target.team_uuid];
    let before = tx.get::<ProjectSettingsRecord>(&key).await?;
    let mut after = before.clone();
    if let Err(refusal) =
        change(&mut organization, destination.as_mut(), &mut after)
    {
        return Ok(Err(refusal));
    }
    let taken_out: Vec<i64> = had
        .into_iter()
        .filter(|id| organization.project(*id).is_none())
        .collect();
    let invites = match &place.invites {
        Some(listed) => listed.under.as_slice(),
        None if taken_out.is_empty() => &[],
        None => return Ok(Ok(None)),
    };
    let moved = after.as_ref().is_some_and(|after| after.key() != key);
    match (&before, &after) {
        (Some(_), Some(after)) if !moved => tx.put(after).await?,
        (before, after) => {
            if before.is_some() {
                tx.remove::<ProjectSettingsRecord>(&key).await?;
            }
            if let Some(after) = after {
                tx.insert(after).await?;
            }
        }
    }
    for key in invites {
        let Some(mut invite) = tx.get::<InviteRecord>(key).await? else {
            continue;
        };
        let before = invite.private_project_access.len();
        invite.private_project_access.retain(|(id, _)| !taken_out.contains(id));
        if invite.private_project_access.len() != before {
            tx.put(&invite).await?;
        }
    }
    if let (Some(user_id), Some(settings)) = (target.made_current_for, &after) {
        let mut user = tx
            .get::<UserRecord>(&[user_id])
            .await?
            .ok_or(StoreError::NotFound)?;
        user.current_organization = Some(settings.organization_id);
        user.current_team = Some(settings.project_id);
        tx.put(&user).await?;
    }
    let organization = organization_write(tx, organization).await?;
    let destination = match destination {
        Some(destination) => Some(organization_write(tx, destination).await?),
        None => None,
    };
    let written =
        ProjectSettingsWritten { organization, destination, settings: after };
    Ok(Ok(Some(written)))
}

/// What a project's change wrote.
pub(crate) struct ProjectSettingsWritten {
    pub organization: OrganizationRecord,
    pub destination: Option<OrganizationRecord>,
    pub settings: Option<ProjectSettingsRecord>,
}

/// Changes an organization's settings as `change` does (see
/// `Store::organization_update`): its default role must be one of its
/// roles at the moment of the write, and its revision moves, so that a
/// write that planned on the old settings (an invite, under
/// `members_can_invite`) notices.
pub(crate) async fn organization_update<T: Tx>(
    tx: &mut T,
    organization_id: Uuid,
    guard: &Guard,
    change: &impl Fn(&mut OrganizationRecord),
) -> Result<OrganizationRecord, T::Error> {
    let mut organization = tx
        .get::<OrganizationRecord>(&[organization_id])
        .await?
        .ok_or(StoreError::NotFound)?;
    guard_check(tx, &organization, guard).await?;
    change(&mut organization);
    if let Some(role) = organization.default_role_id {
        if tx.get::<RoleRecord>(&[organization_id, role]).await?.is_none() {
            return Err(StoreError::UnknownRole.into());
        }
    }
    organization_write(tx, organization).await
}

/// Changes a user as `change` decides (see `Store::user_update`): with a
/// staff witness, only while the witness is staff; a new current
/// organization must be one of theirs. Their email, which the engines
/// index, never changes here.
pub(crate) async fn user_update<T: Tx, E>(
    tx: &mut T,
    user_id: Uuid,
    staff_witness: Option<Uuid>,
    change: &impl Fn(&mut UserRecord) -> Result<(), E>,
) -> Result<Result<UserRecord, E>, T::Error> {
    let mut user =
        tx.get::<UserRecord>(&[user_id]).await?.ok_or(StoreError::NotFound)?;
    if let Some(witness) = staff_witness {
        let witness = tx.get::<UserRecord>(&[witness]).await?;
        if !witness.is_some_and(|witness| witness.is_staff) {
            return Err(StoreError::StaffWitness.into());
        }
    }
    let (email, before) = (user.email.clone(), user.current_organization);
    if let Err(refusal) = change(&mut user) {
        return Ok(Err(refusal));
    }
    user.email = email;
    if let Some(current) = user.current_organization {
        if Some(current) != before
            && tx
                .get::<Membership>(&[current, user_id])
                .await?
                .map(|m| m.record)
                .is_none()
        {
            return Err(StoreError::NotAMember.into());
        }
    }
    tx.put(&user).await?;
    Ok(Ok(user))
}

/// Writes a SCIM user record (see `Store::scim_user_write`): at the version
/// the caller read, with the user created first if new, and the
/// membership change it brings.
pub(crate) async fn scim_user_write<T: Tx>(
    tx: &mut T,
    guard: &Guard,
    write: &ScimUserWrite,
) -> Result<(), T::Error> {
    let record = &write.record;
    let organization = scim_organization(tx, record, guard).await?;
    let stored_version = tx
        .get::<ScimUserRecord>(&record.key())
        .await?
        .map(|stored| stored.version);
    if stored_version != write.expected_version {
        return Err(StoreError::Stale.into());
    }
    match &write.new_user {
        Some(user) => tx.insert(user).await?,
        None => {
            if tx.get::<UserRecord>(&[record.user_id]).await?.is_none() {
                return Err(StoreError::NotFound.into());
            }
        }
    }
    let organization = scim_membership_change(
        tx,
        organization,
        record.user_id,
        &write.membership,
    )
    .await?;
    organization_write(tx, organization).await?;
    match stored_version {
        Some(_) => tx.put(record).await,
        None => tx.insert(record).await,
    }
}

/// Removes a SCIM user record and the user's membership of the
/// organization.
pub(crate) async fn scim_user_remove<T: Tx>(
    tx: &mut T,
    guard: &Guard,
    record: &ScimUserRecord,
) -> Result<(), T::Error> {
    let organization = scim_organization(tx, record, guard).await?;
    if tx.remove::<ScimUserRecord>(&record.key()).await?.is_none() {
        return Err(StoreError::NotFound.into());
    }
    let organization = scim_membership_change(
        tx,
        organization,
        record.user_id,
        &ScimMembership::Remove,
    )
    .await?;
    organization_write(tx, organization).await?;
    Ok(())
}

/// The organization of a SCIM record, once `guard` holds.
async fn scim_organization<T: Tx>(
    tx: &mut T,
    record: &ScimUserRecord,
    guard: &Guard,
) -> Result<OrganizationRecord, T::Error> {
    let organization = tx
        .get::<OrganizationRecord>(&[record.organization_id])
        .await?
        .ok_or(StoreError::NotFound)?;
    guard_check(tx, &organization, guard).await?;
    Ok(organization)
}

/// Applies a SCIM write's `change` to the user's membership, and returns
/// the organization with its counts moved (for the caller to write, which
/// refuses to leave it without an owner).
async fn scim_membership_change<T: Tx>(
    tx: &mut T,
    mut organization: OrganizationRecord,
    user_id: Uuid,
    change: &ScimMembership,
) -> Result<OrganizationRecord, T::Error> {
    let current = tx
        .get::<Membership>(&[organization.id, user_id])
        .await?
        .map(|m| m.record);
    change.allowed(current.as_ref())?;
    match (change, current) {
        (ScimMembership::Add(membership), None) => {
            let record = membership.clone();
            let organization_id = organization.id;
            tx.insert(&Membership { organization_id, record }).await?;
            organization.member_count += 1;
            organization.owner_count +=
                u64::from(membership.level == Level::Owner);
            if let Some(mut user) = tx.get::<UserRecord>(&[user_id]).await? {
                if user.current_organization.is_none() {
                    user.current_organization = Some(organization.id);
                    tx.put(&user).await?;
                }
            }
        }
        (ScimMembership::Remove, Some(membership)) => {
            organization.member_count =
                organization.member_count.saturating_sub(1);
            organization.owner_count = organization
                .owner_count
                .saturating_sub(u64::from(membership.level == Level::Owner));
            membership_leave(tx, organization.id, user_id).await?;
        }
        _ => {}
    }
    Ok(organization)
}

/// Adds a user, and their first personal API key when given.
pub(crate) async fn user_insert<T: Tx>(
    tx: &mut T,
    user: &UserRecord,
    api_key: Option<&ApiKeyRecord>,
) -> Result<(), T::Error> {
    tx.insert(user).await?;
    if let Some(api_key) = api_key {
        tx.insert(api_key).await?;
    }
    Ok(())
}

/// Changes or removes a proxy record as `change` decides (see
/// `Store::proxy_record_update`); its domain never changes. Only a
/// removal moves the organization's revision (the record count under it
/// changes).
pub(crate) async fn proxy_record_update<T: Tx, E>(
    tx: &mut T,
    organization_id: Uuid,
    record_id: Uuid,
    guard: Option<&Guard>,
    change: &impl Fn(&mut ProxyRecord) -> Result<ProxyWrite, E>,
) -> Result<Result<ProxyRecord, E>, T::Error> {
    let organization = tx
        .get::<OrganizationRecord>(&[organization_id])
        .await?
        .ok_or(StoreError::NotFound)?;
    if let Some(guard) = guard {
        guard_check(tx, &organization, guard).await?;
    }
    let mut record = tx
        .get::<ProxyRecord>(&[organization_id, record_id])
        .await?
        .ok_or(StoreError::NotFound)?;
    let domain = record.domain.clone();
    let write = match change(&mut record) {
        Ok(write) => write,
        Err(refusal) => return Ok(Err(refusal)),
    };
    record.domain = domain;
    match write {
        ProxyWrite::Keep => tx.put(&record).await?,
        ProxyWrite::Remove => {
            tx.remove::<ProxyRecord>(&record.key()).await?;
            organization_write(tx, organization).await?;
        }
    }
    Ok(Ok(record))
}

/// Removes a webhook endpoint and its deliveries, listed when it had
/// written `listed.revision` of them; the endpoint removed, or None when
/// it wrote another since (list again).
pub(crate) async fn webhook_remove<T: Tx>(
    tx: &mut T,
    key: &[Uuid],
    guard: &Guard,
    listed: &Listed<Vec<Vec<Uuid>>>,
) -> Result<Option<WebhookRecord>, T::Error> {
    touch_organization(tx, key[0], guard).await?;
    let webhook =
        tx.get::<WebhookRecord>(key).await?.ok_or(StoreError::NotFound)?;
    if webhook.delivery.deliveries_written != listed.revision {
        return Ok(None);
    }
    for delivery in &listed.under {
        tx.remove::<WebhookDeliveryRecord>(delivery).await?;
    }
    tx.remove::<WebhookRecord>(key).await?;
    Ok(Some(webhook))
}

/// What a delivery worker's write is about (see [`webhook_settle`]).
pub(crate) struct WebhookSettling {
    /// The event whose delivery record the write may change or add.
    pub event_id: Option<Uuid>,
    /// The key of the endpoint's oldest delivery record, as read before.
    pub oldest: Option<Vec<Uuid>>,
    /// The most delivery records an endpoint keeps.
    pub kept_max: u64,
}

/// Writes a delivery worker's outcome for the endpoint at `key`: `settle`
/// changes the endpoint's delivery state and the event's delivery record
/// (or adds one), as it decides from what is stored. A new delivery
/// record is counted, and takes the oldest's place when the endpoint keeps
/// as many as it may.
pub(crate) async fn webhook_settle<T: Tx, E>(
    tx: &mut T,
    key: &[Uuid],
    settling: &WebhookSettling,
    settle: &impl Fn(
        &mut WebhookRecord,
        &mut Option<WebhookDeliveryRecord>,
    ) -> Result<(), E>,
) -> Result<Result<WebhookRecord, E>, T::Error> {
    let mut webhook =
        tx.get::<WebhookRecord>(key).await?.ok_or(StoreError::NotFound)?;
    let delivery_key =
        (settling.event_id).map(|event| [key, &[event]].concat());
    let mut delivery = match &delivery_key {
        Some(at) => tx.get::<WebhookDeliveryRecord>(at).await?,
        None => None,
    };
    let existed = delivery.is_some();
    if let Err(refusal) = settle(&mut webhook, &mut delivery) {
        return Ok(Err(refusal));
    }
    match delivery {
        Some(delivery) if delivery_key == Some(delivery.key()) => {
            if existed {
                tx.put(&delivery).await?;
            } else {
                tx.insert(&delivery).await?;
                let state = &mut webhook.delivery;
                state.deliveries_written += 1;
                state.deliveries_kept += 1;
                if let Some(oldest) = &settling.oldest {
                    if state.deliveries_kept > settling.kept_max
                        && tx
                            .remove::<WebhookDeliveryRecord>(oldest)
                            .await?
                            .is_some()
                    {
                        state.deliveries_kept -= 1;
                    }
                }
            }
        }
        Some(_) => {
            return Err(StoreError::Internal(
                "a delivery record of another event".into(),
            )
            .into())
        }
        None => {}
    }
    tx.put(&webhook).await?;
    Ok(Ok(webhook))
}

/// Takes the key `fresh` names for the request it names (its holder, its
/// request), at `fresh.created_at`: a key not in use (or expired) is
/// written as `fresh`; a key whose holder stopped before its write was
/// applied (its hold ran out) is taken over. Else the key as stored, for
/// the application to answer from (another request's, or this request's
/// first answer).
pub(crate) async fn idempotency_take<T: Tx>(
    tx: &mut T,
    fresh: &IdempotencyRecord,
) -> Result<Option<IdempotencyRecord>, T::Error> {
    let now = fresh.created_at;
    let stored = tx.get::<IdempotencyRecord>(&fresh.key()).await?;
    match stored {
        None => tx.insert(fresh).await?,
        Some(stored) if stored.expires_at <= now => tx.put(fresh).await?,
        Some(stored)
            if stored.request != fresh.request
                || stored.applied
                || stored.answer.is_some()
                || stored.held_until > now =>
        {
            return Ok(Some(stored));
        }
        Some(mut stored) => {
            stored.holder = fresh.holder;
            stored.held_until = fresh.held_until;
            tx.put(&stored).await?;
        }
    }
    Ok(None)
}

/// Keeps the first answer of the request holding `claim`'s key.
pub(crate) async fn idempotency_answer<T: Tx>(
    tx: &mut T,
    claim: &IdempotencyClaim,
    answer: &IdempotentAnswer,
) -> Result<(), T::Error> {
    let key = [claim.user_id, claim.key_id];
    if let Some(mut stored) = tx.get::<IdempotencyRecord>(&key).await? {
        if stored.holder == claim.holder && stored.answer.is_none() {
            stored.answer = Some(answer.clone());
            tx.put(&stored).await?;
        }
    }
    Ok(())
}

/// Lets go of `claim`'s key after its request failed without applying
/// its write, so that the request sent again runs anew.
pub(crate) async fn idempotency_release<T: Tx>(
    tx: &mut T,
    claim: &IdempotencyClaim,
) -> Result<(), T::Error> {
    let key = [claim.user_id, claim.key_id];
    if let Some(stored) = tx.get::<IdempotencyRecord>(&key).await? {
        if stored.holder == claim.holder && !stored.applied {
            tx.remove::<IdempotencyRecord>(&key).await?;
        }
    }
    Ok(())
}

/// Inserts an organization with `owner` as its only member (an owner) and
/// makes it the owner's current organization, under the first slug of
/// `candidates` that no organization has (else `SlugUnavailable`); the
/// record as inserted. The engines each have a faster form of this change
/// for a request without an idempotency key (see
/// `Store::organization_insert`); this one runs where the key must be
/// marked in the same transaction.
pub(crate) async fn organization_insert<T: Tx>(
    tx: &mut T,
    organization: &OrganizationRecord,
    owner: Uuid,
    membership: &MembershipRecord,
    candidates: &[String],
) -> Result<OrganizationRecord, T::Error> {
    let mut organization = organization.clone();
    let mut slug = None;
    for candidate in candidates {
        if !tx.slug_taken(candidate).await? {
            slug = Some(candidate.clone());
            break;
        }
    }
    organization.slug = slug.ok_or(StoreError::SlugUnavailable)?;
    organization.member_count = 1;
    organization.owner_count = 1;
    organization.revision = 0;
    let mut user =
        (tx.get::<UserRecord>(&[owner]).await?).ok_or(StoreError::NotFound)?;
    user.current_organization = Some(organization.id);
    tx.put(&user).await?;
    tx.insert(&organization).await?;
    let (organization_id, record) = (organization.id, membership.clone());
    tx.insert(&Membership { organization_id, record }).await?;
    Ok(organization)
}

#[cfg(test)]
mod test {
    use super::scim_log_expired;
    use super::ScimLogRetention;
    use chrono::DateTime;
    use chrono::Duration;
    use chrono::Utc;
    use uuid::Uuid;

    /// A UUIDv7 made at `at`, as a log entry's id is.
    fn logged_at(at: DateTime<Utc>) -> Uuid {
        let seconds = u64::try_from(at.timestamp()).unwrap();
        Uuid::new_v7(uuid::Timestamp::from_unix(
            uuid::NoContext,
            seconds,
            at.timestamp_subsec_nanos(),
        ))
    }

    /// An entry added now leaves the newest `max_entries - 1` before it,
    /// none logged before `oldest`: the oldest go first, whatever their
    /// age, and an old one goes whatever the count.
    #[test]
    fn test_scim_log_expired_keeps_the_newest_within_the_retention() {
        let now = Utc::now();
        let retention = |max_entries| ScimLogRetention {
            max_entries,
            oldest: now - Duration::days(180),
        };
        let ancient = logged_at(now - Duration::days(200));
        let recent: Vec<Uuid> = (1..=4)
            .map(|minutes| logged_at(now - Duration::minutes(10 - minutes)))
            .collect();
        let entries: Vec<Uuid> =
            std::iter::once(ancient).chain(recent.iter().copied()).collect();

        assert_eq!(scim_log_expired(&entries, retention(100)), [ancient]);
        assert_eq!(
            scim_log_expired(&entries, retention(4)),
            [ancient, recent[0]],
            "room for three before the new one"
        );
        assert_eq!(scim_log_expired(&recent, retention(5)), Vec::<Uuid>::new());
        assert_eq!(scim_log_expired(&recent, retention(1)), recent);
        assert_eq!(scim_log_expired(&[], retention(0)), Vec::<Uuid>::new());
    }
}
