//! The activity log, recorded in each change's own transaction.
//!
//! ## Why here, and why by record
//! An entry must be committed with its change or not at all: a change
//! rolled back leaves none, a change is never stored without one. So every
//! change the store runs (`change!` in `store`) runs over a [`Recording`]
//! of its engine's transaction, which sees each record the change reads and
//! writes; when the change is done, [`Recording::finish`] turns what was
//! written into entries (created, updated, deleted, with the fields that
//! changed) and writes them in the same transaction. A new change records
//! itself, on both engines, with nothing written for it; a new kind says
//! how the log names it ([`Kind::subject`]).
//!
//! ## Order
//! Entries of one organization are keyed by the organization's revision
//! (which every change under it moves, and which the engines serialize:
//! sled's one writer, PostgreSQL's `FOR UPDATE` of the organization) and
//! by their place in the change ([`entry_id`]), so key order is commit
//! order, and a poller resuming after an entry misses none committed later.
//!
//! ## What never appears
//! Hashes of secrets (keys, tokens) are shown masked, as the API shows
//! them; the store's own bookkeeping (counts, revisions, times of use) is
//! not a change ([`UNRECORDED_FIELDS`]).

use super::kinds::Kind;
use super::kinds::Membership;
use super::records::ActivityChange;
use super::records::ActivityDetail;
use super::records::ActivityRecord;
use super::records::ActorUser;
use super::records::CreatedRecord;
use super::records::IdempotencyRecord;
use super::records::OrganizationRecord;
use super::records::UserRecord;
use super::tx::organization_write;
use super::tx::Tx;
use super::types::CommitWitness;
use super::types::IdempotencyClaim;
use super::types::Place;
use super::types::StoreError;
use super::types::Subject;
use chrono::DateTime;
use chrono::Utc;
use serde_json::Map;
use serde_json::Value;
use std::any::Any;
use std::collections::HashMap;
use uuid::Uuid;

/// Who makes a change, and through which door: what each entry of the
/// change says besides what changed.
#[derive(Clone, Debug)]
pub struct Actor {
    /// None for orgbase's own work, an import, and an identity provider.
    pub user: Option<ActorUser>,
    pub is_system: bool,
    pub was_impersonated: bool,
    pub client: Option<String>,
    pub ip_address: Option<String>,
    /// The organization the request was about, where a change to a user's
    /// own records (their keys, their profile) is logged; else the user's
    /// current organization.
    pub organization: Option<Uuid>,
    /// What `detail.context` of each entry says (the SCIM domain).
    pub context: Option<Map<String, Value>>,
    /// When the change is made.
    pub at: DateTime<Utc>,
    /// The `Idempotency-Key` the request holds, if it sent one: the
    /// change marks it applied (see [`mark_applied`]).
    pub idempotency: Option<IdempotencyClaim>,
    /// Noted once the change committed (see [`CommitWitness`]).
    pub witness: Option<CommitWitness>,
}

impl Actor {
    /// orgbase's own work (`client` names which).
    pub fn system(client: &str, at: DateTime<Utc>) -> Actor {
        Actor {
            user: None,
            is_system: true,
            was_impersonated: false,
            client: Some(client.to_string()),
            ip_address: None,
            organization: None,
            context: None,
            at,
            idempotency: None,
            witness: None,
        }
    }
}

/// Fields that are the store's bookkeeping, or said elsewhere in the
/// entry, not changes: counts and revisions, times of use, what another
/// kind's entries record (an organization's projects, a member's roles,
/// a user's current organization, which each change to them moves).
pub(crate) const UNRECORDED_FIELDS: &[&str] = &[
    "id",
    "organization_id",
    "created_at",
    "created_by",
    "updated_at",
    "revision",
    "member_count",
    "owner_count",
    "projects",
    "roles",
    "current_organization",
    "current_team",
    "last_used_at",
    "last_login",
    "version",
    "checks",
    "next_check_at",
    "waiting_since",
    "last_diagnosed_at",
    "last_verification_retry",
    "emailing_attempt_made",
    "delivery",
];

/// Fields that hold a secret's hash: shown as `masked…` and the hash's
/// last four characters (which say that the secret changed, and nothing of
/// it: the hash is of a random secret, and irreversible).
const SECRET_FIELDS: &[&str] = &["secure_value", "scim_token_hash"];

/// Fields that hold a secret itself (a webhook endpoint's signing
/// secret): shown as `masked…` and the last four characters of its hash,
/// which say that it changed and nothing of it.
const PLAIN_SECRET_FIELDS: &[&str] = &["secret"];

/// Fields that hold a map of settings: each setting is a field of its own.
const FLATTENED_FIELDS: &[&str] = &["settings", "preferences"];

/// The most entries one change writes under one organization (a change
/// with more fails rather than give two entries one id).
pub(crate) const ENTRIES_PER_CHANGE_MAX: usize = 1 << 18;

/// The id of the `index`th entry of a change that took its organization
/// to `revision`, at `at`: a UUID (version 8, RFC 9562's custom layout)
/// whose byte order is the revision's (48 bits), then the index's (18
/// bits, around the version and variant bits), then the time's (56 bits
/// of milliseconds), so that key order is commit order.
pub(crate) fn entry_id(revision: u64, index: usize, at: DateTime<Utc>) -> Uuid {
    let index =
        u64::try_from(index.min(ENTRIES_PER_CHANGE_MAX - 1)).unwrap_or(0);
    let mut bytes = [0u8; 16];
    bytes[..6].copy_from_slice(&revision.to_be_bytes()[2..]);
    let high = 0x8000 | u16::try_from(index >> 6).unwrap_or(0x0fff);
    bytes[6..8].copy_from_slice(&high.to_be_bytes());
    let millis = u64::try_from(at.timestamp_millis()).unwrap_or(0);
    let low =
        (0b10 << 62) | ((index & 0x3f) << 56) | (millis & ((1 << 56) - 1));
    bytes[8..].copy_from_slice(&low.to_be_bytes());
    Uuid::from_bytes(bytes)
}

/// The entry saying that an organization came in an import (`orgbase
/// import`, `serve --seed`), once it is written at its next revision
/// (after the entries it brought).
pub(crate) fn imported(
    actor: &Actor,
    organization: &OrganizationRecord,
) -> Option<ActivityRecord> {
    let subject = organization.subject()?;
    let mut entry =
        entry(actor, organization.id, subject, "imported", Vec::new());
    entry.id = entry_id(organization.revision, 0, actor.at);
    Some(entry)
}

/// A record written by a change, as it was before it and after it.
struct Written {
    kind: &'static str,
    key: Vec<Uuid>,
    subject: Subject,
    before: Option<Value>,
    after: Option<Value>,
}

/// An engine's transaction, seen by the log (see the module's doc): reads
/// and writes pass through; what is written is remembered.
pub(crate) struct Recording<'a, T> {
    tx: &'a mut T,
    actor: &'a Actor,
    /// The first version of each record the change read.
    read: HashMap<(&'static str, Vec<Uuid>), Box<dyn Any + Send + Sync>>,
    written: Vec<Written>,
    /// Whether the change wrote any record (of any kind, logged or not).
    wrote: bool,
    /// The revision each organization written by the change was written
    /// at, last.
    revisions: HashMap<Uuid, u64>,
}

impl<'a, T: Tx> Recording<'a, T> {
    /// Notes a record the change added.
    fn inserted<K: Kind>(&mut self, record: &K) {
        self.wrote = true;
        if let Some(subject) = record.subject() {
            self.note::<K>(
                record.key(),
                subject,
                None,
                Some(stored_json(record)),
            );
        }
    }

    pub(crate) fn new(tx: &'a mut T, actor: &'a Actor) -> Recording<'a, T> {
        Recording {
            tx,
            actor,
            read: HashMap::new(),
            written: Vec::new(),
            wrote: false,
            revisions: HashMap::new(),
        }
    }

    fn note<K: Kind>(
        &mut self,
        key: Vec<Uuid>,
        subject: Subject,
        before: Option<Value>,
        after: Option<Value>,
    ) {
        let kind = K::TABLE.kind;
        let earlier =
            self.written.iter_mut().find(|w| w.kind == kind && w.key == key);
        match earlier {
            Some(earlier) => {
                earlier.after = after;
                earlier.subject = subject;
            }
            None => {
                self.written.push(Written { kind, key, subject, before, after })
            }
        }
    }

    /// The record at `key` as the change first read it, as JSON.
    fn first_read<K: Kind>(&self, key: &[Uuid]) -> Option<Value> {
        let read = self.read.get(&(K::TABLE.kind, key.to_vec()))?;
        read.downcast_ref::<K>().map(|record| stored_json(record))
    }

    /// Writes the entries for what the change wrote, in its transaction.
    pub(crate) async fn finish(self) -> Result<(), T::Error> {
        let Recording { tx, actor, written, wrote, mut revisions, .. } = self;
        // A change that wrote nothing (one that reads again: see
        // `tx::Listed`) applied nothing.
        if let (Some(claim), true) = (&actor.idempotency, wrote) {
            mark_applied(tx, claim, &written).await?;
        }
        let removed: Vec<Uuid> = (written.iter())
            .filter(|w| w.kind == OrganizationRecord::TABLE.kind)
            .filter(|w| w.after.is_none())
            .filter_map(|w| w.key.first().copied())
            .collect();
        let mut entries: Vec<(Uuid, ActivityRecord)> = Vec::new();
        for written in &written {
            for (subject, activity, changes) in described(written) {
                let organization = match subject.place {
                    Place::Organization(id) => Some(id),
                    Place::User(user) => match actor.organization {
                        Some(id) => Some(id),
                        None => tx
                            .get::<UserRecord>(&[user])
                            .await?
                            .and_then(|user| user.current_organization),
                    },
                };
                let Some(organization) = organization else { continue };
                if removed.contains(&organization) {
                    continue;
                }
                let merged = entries.iter_mut().find(|(at, entry)| {
                    *at == organization
                        && entry.scope == subject.scope
                        && entry.item_id == subject.item_id
                });
                if let Some((_, entry)) = merged {
                    // An identity provider's provisioning names the whole
                    // change (the user it wrote with its SCIM record).
                    if activity.starts_with("scim_") {
                        entry.activity = activity.to_string();
                    }
                    entry.detail.changes.extend(changes);
                    if entry.detail.name.is_none() {
                        entry.detail.name = subject.name;
                    }
                    continue;
                }
                let entry =
                    entry(actor, organization, subject, activity, changes);
                entries.push((organization, entry));
            }
        }
        let mut placed: HashMap<Uuid, usize> = HashMap::new();
        for (organization, mut entry) in entries {
            let revision = match revisions.get(&organization) {
                Some(revision) => *revision,
                None => {
                    let Some(record) =
                        tx.get::<OrganizationRecord>(&[organization]).await?
                    else {
                        continue;
                    };
                    let written = organization_write(tx, record).await?;
                    revisions.insert(organization, written.revision);
                    written.revision
                }
            };
            let index = placed.entry(organization).or_default();
            if *index >= ENTRIES_PER_CHANGE_MAX {
                return Err(StoreError::Internal(format!(
                    "a change wrote more than {ENTRIES_PER_CHANGE_MAX} \
                     activity log entries under one organization"
                ))
                .into());
            }
            entry.id = entry_id(revision, *index, actor.at);
            *index += 1;
            tx.insert(&entry).await?;
        }
        Ok(())
    }
}

impl<T: Tx> Tx for Recording<'_, T> {
    type Error = T::Error;

    async fn get<K: Kind>(
        &mut self,
        key: &[Uuid],
    ) -> Result<Option<K>, T::Error> {
        let record = self.tx.get::<K>(key).await?;
        if let Some(record) = &record {
            if record.subject().is_some() {
                (self.read.entry((K::TABLE.kind, key.to_vec())))
                    .or_insert_with(|| Box::new(record.clone()));
            }
        }
        Ok(record)
    }

    async fn insert<K: Kind>(&mut self, record: &K) -> Result<(), T::Error> {
        self.tx.insert(record).await?;
        self.inserted(record);
        Ok(())
    }

    async fn insert_batch<K: Kind>(
        &mut self,
        records: &[K],
    ) -> Result<(), T::Error> {
        self.tx.insert_batch(records).await?;
        records.iter().for_each(|record| self.inserted(record));
        Ok(())
    }

    async fn put<K: Kind>(&mut self, record: &K) -> Result<(), T::Error> {
        let key = record.key();
        let subject = record.subject();
        let before = match &subject {
            None => None,
            Some(_) => match self.first_read::<K>(&key) {
                Some(before) => Some(before),
                None => self.tx.get::<K>(&key).await?.map(|r| stored_json(&r)),
            },
        };
        self.tx.put(record).await?;
        self.wrote = true;
        let any: &dyn Any = record;
        if let Some(organization) = any.downcast_ref::<OrganizationRecord>() {
            self.revisions.insert(organization.id, organization.revision);
        }
        if let Some(subject) = subject {
            self.note::<K>(key, subject, before, Some(stored_json(record)));
        }
        Ok(())
    }

    async fn remove<K: Kind>(
        &mut self,
        key: &[Uuid],
    ) -> Result<Option<K>, T::Error> {
        let removed = self.tx.remove::<K>(key).await?;
        if let Some(record) = &removed {
            self.wrote = true;
            if let Some(subject) = record.subject() {
                let before = Some(stored_json(record));
                self.note::<K>(key.to_vec(), subject, before, None);
            }
        }
        Ok(removed)
    }

    async fn invite_by_id(
        &mut self,
        invite_id: Uuid,
    ) -> Result<Option<super::records::InviteRecord>, T::Error> {
        self.tx.invite_by_id(invite_id).await
    }

    async fn holds_users(&mut self) -> Result<bool, T::Error> {
        self.tx.holds_users().await
    }

    async fn slug_taken(&mut self, slug: &str) -> Result<bool, T::Error> {
        self.tx.slug_taken(slug).await
    }

    async fn numeric_ids_after(
        &mut self,
        largest: i64,
    ) -> Result<(), T::Error> {
        self.tx.numeric_ids_after(largest).await
    }
}

/// Marks the key `claim` holds applied, with the records the change
/// added, in the change's transaction: refused (nothing written) when a
/// request sent again has taken the key over meanwhile.
async fn mark_applied<T: Tx>(
    tx: &mut T,
    claim: &IdempotencyClaim,
    written: &[Written],
) -> Result<(), T::Error> {
    let key = [claim.user_id, claim.key_id];
    let Some(mut record) = tx.get::<IdempotencyRecord>(&key).await? else {
        return Err(StoreError::IdempotencyKeyTaken.into());
    };
    if record.holder != claim.holder {
        return Err(StoreError::IdempotencyKeyTaken.into());
    }
    record.applied = true;
    let created = (written.iter().flat_map(described))
        .filter(|(_, activity, _)| {
            matches!(*activity, "created" | "scim_provisioned")
        })
        .map(|(subject, _, _)| CreatedRecord {
            scope: subject.scope.to_string(),
            item_id: subject.item_id,
        });
    for created in created {
        if !record.created.contains(&created) {
            record.created.push(created);
        }
    }
    tx.put(&record).await
}

/// An entry of `actor`'s, not yet placed ([`entry_id`]).
fn entry(
    actor: &Actor,
    organization: Uuid,
    subject: Subject,
    activity: &str,
    changes: Vec<ActivityChange>,
) -> ActivityRecord {
    ActivityRecord {
        organization_id: organization,
        id: Uuid::nil(),
        user: actor.user.clone(),
        activity: activity.to_string(),
        scope: subject.scope.to_string(),
        item_id: subject.item_id,
        detail: ActivityDetail {
            name: subject.name,
            changes,
            context: actor.context.clone(),
        },
        is_system: actor.is_system,
        was_impersonated: actor.was_impersonated,
        client: actor.client.clone(),
        ip_address: actor.ip_address.clone(),
        created_at: actor.at,
    }
}

/// The entries of an organization's creation, with its owner's
/// membership, at its first revision: the engines write them with the
/// organization, in the statement or transaction that inserts it (see
/// `Store::organization_insert`).
pub(crate) fn organization_created(
    actor: &Actor,
    organization: &OrganizationRecord,
    owner: &Membership,
) -> Vec<ActivityRecord> {
    let created = |kind, subject: Option<Subject>, after| {
        subject.map(|subject| Written {
            kind,
            key: Vec::new(),
            subject,
            before: None,
            after: Some(after),
        })
    };
    let written = [
        created(
            OrganizationRecord::TABLE.kind,
            organization.subject(),
            stored_json(organization),
        ),
        created(Membership::TABLE.kind, owner.subject(), stored_json(owner)),
    ];
    let described = written.iter().flatten().flat_map(described);
    described
        .enumerate()
        .map(|(index, (subject, activity, changes))| {
            let mut entry =
                entry(actor, organization.id, subject, activity, changes);
            entry.id = entry_id(organization.revision, index, actor.at);
            entry
        })
        .collect()
}

/// A record as the engines store it, as JSON.
fn stored_json<K: Kind>(record: &K) -> Value {
    serde_json::to_value(record.stored()).unwrap_or(Value::Null)
}

/// The entries a written record makes: its own (nothing where only
/// bookkeeping changed), and, for an organization, one per project
/// created, changed or removed on it.
fn described(
    written: &Written,
) -> Vec<(Subject, &'static str, Vec<ActivityChange>)> {
    let (before, after) = (written.before.as_ref(), written.after.as_ref());
    let mut described = Vec::new();
    let scim = written.kind == "scim_user";
    let activity = match (before, after, scim) {
        (None, Some(_), false) => "created",
        (Some(_), None, false) => "deleted",
        (None, Some(_), true) => "scim_provisioned",
        (Some(_), None, true) => "scim_deprovisioned",
        (_, _, true) => "scim_updated",
        _ => "updated",
    };
    let subject = &written.subject;
    let changes = changes_between(subject.scope, before, after);
    if before.is_none() || after.is_none() || !changes.is_empty() {
        described.push((subject.clone(), activity, changes));
    }
    if written.kind == OrganizationRecord::TABLE.kind {
        if let Place::Organization(organization) = subject.place {
            described.extend(project_changes(organization, before, after));
        }
    }
    described
}

/// The projects an organization's write created, changed or removed
/// (an organization keeps its projects' entries on its record).
fn project_changes(
    organization: Uuid,
    before: Option<&Value>,
    after: Option<&Value>,
) -> Vec<(Subject, &'static str, Vec<ActivityChange>)> {
    let projects = |record: Option<&Value>| -> Vec<Value> {
        let listed = record.and_then(|r| r.get("projects"));
        listed.and_then(Value::as_array).cloned().unwrap_or_default()
    };
    let (before, after) = (projects(before), projects(after));
    let uuid = |project: &Value| project.get("team_uuid").cloned();
    let mut described = Vec::new();
    // Each project once, in the order first seen.
    let mut uuids: Vec<Value> = Vec::new();
    for team in before.iter().chain(after.iter()).filter_map(uuid) {
        if !uuids.contains(&team) {
            uuids.push(team);
        }
    }
    for team in uuids {
        let of = |list: &[Value]| {
            list.iter().find(|p| uuid(p).as_ref() == Some(&team)).cloned()
        };
        let (was, is) = (of(&before), of(&after));
        let activity = match (&was, &is) {
            (None, Some(_)) => "created",
            (Some(_), None) => "deleted",
            _ => "updated",
        };
        let changes = changes_between("Project", was.as_ref(), is.as_ref());
        if activity == "updated" && changes.is_empty() {
            continue;
        }
        let project = is.as_ref().or(was.as_ref());
        let field = |name: &str| project.and_then(|p| p.get(name)).cloned();
        let subject = Subject {
            scope: "Project",
            place: Place::Organization(organization),
            item_id: field("id").map(|id| id.to_string()).unwrap_or_default(),
            name: field("name").and_then(|n| n.as_str().map(str::to_string)),
        };
        described.push((subject, activity, changes));
    }
    described
}

/// PostHog's changes between two versions of a record: each field set,
/// changed or cleared, but the unrecorded, with secrets masked and maps of
/// settings field by field. A record created or deleted (a version absent)
/// has none, as in PostHog: its entry's name says what it was.
pub(crate) fn changes_between(
    scope: &str,
    before: Option<&Value>,
    after: Option<&Value>,
) -> Vec<ActivityChange> {
    if before.is_none() || after.is_none() {
        return Vec::new();
    }
    let fields = |record: Option<&Value>| -> Map<String, Value> {
        let mut fields = Map::new();
        let Some(Value::Object(record)) = record else { return fields };
        for (name, value) in record {
            if UNRECORDED_FIELDS.contains(&name.as_str()) {
                continue;
            }
            match value {
                Value::Object(settings)
                    if FLATTENED_FIELDS.contains(&name.as_str()) =>
                {
                    for (name, value) in settings {
                        fields.insert(name.clone(), masked(name, value));
                    }
                }
                _ => {
                    fields.insert(name.clone(), masked(name, value));
                }
            }
        }
        fields
    };
    let (before, after) = (fields(before), fields(after));
    let mut names: Vec<&String> = before.keys().chain(after.keys()).collect();
    names.sort();
    names.dedup();
    let mut changes = Vec::new();
    for name in names {
        let was = before.get(name).filter(|v| !v.is_null());
        let is = after.get(name).filter(|v| !v.is_null());
        let action = match (was, is) {
            (None, Some(_)) => "created",
            (Some(_), None) => "deleted",
            (Some(was), Some(is)) if was != is => "changed",
            _ => continue,
        };
        changes.push(ActivityChange {
            kind: scope.to_string(),
            action: action.to_string(),
            field: name.clone(),
            before: was.cloned(),
            after: is.cloned(),
        });
    }
    changes
}

/// A field's value as the log shows it: a secret's hash masked, wherever
/// it is (a project's secret token keeps its hash inside).
fn masked(name: &str, value: &Value) -> Value {
    if let (true, Value::String(secret)) =
        (PLAIN_SECRET_FIELDS.contains(&name), value)
    {
        let hash = Value::String(crate::secrets::hash(secret));
        return masked(SECRET_FIELDS[0], &hash);
    }
    if SECRET_FIELDS.contains(&name) {
        return match value {
            Value::String(hash) => {
                let tail = hash.len().saturating_sub(4);
                Value::String(format!(
                    "masked…{}",
                    hash.get(tail..).unwrap_or("")
                ))
            }
            Value::Null => Value::Null,
            _ => Value::String("masked…".to_string()),
        };
    }
    match value {
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(name, value)| (name.clone(), masked(name, value)))
                .collect(),
        ),
        Value::Array(items) => {
            Value::Array(items.iter().map(|item| masked("", item)).collect())
        }
        other => other.clone(),
    }
}

#[cfg(test)]
mod test {
    use super::changes_between;
    use super::entry_id;
    use serde_json::json;

    #[test]
    fn test_entry_ids_sort_by_revision_then_place() {
        let at = chrono::Utc::now();
        let earlier = at + chrono::Duration::hours(1);
        let ids = [
            entry_id(1, 0, earlier),
            entry_id(1, 1, at),
            entry_id(2, 0, at),
            entry_id(300, 0, at),
            entry_id(1 << 40, 5, at),
            entry_id(1 << 40, 70, at),
            entry_id(1 << 40, (1 << 18) - 1, at),
            entry_id((1 << 40) + 1, 0, at),
        ];
        let mut sorted = ids;
        sorted.sort();
        assert_eq!(sorted, ids);
        assert_eq!(ids[0].get_version_num(), 8);
    }

    #[test]
    fn test_changes_mask_secrets_and_skip_bookkeeping() {
        let before = json!({"name": "a", "revision": 1, "secure_value": "hash1",
            "settings": {"timezone": "UTC"}});
        let after = json!({"name": "b", "revision": 2, "secure_value": "hash2",
            "settings": {"timezone": "UTC", "week_start_day": 1}});
        let changes = changes_between("X", Some(&before), Some(&after));
        let fields: Vec<&str> =
            changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["name", "secure_value", "week_start_day"]);
        assert!(!serde_json::to_string(&changes).unwrap().contains("hash"));
        let secret = changes.iter().find(|c| c.field == "secure_value");
        assert_eq!(secret.unwrap().after, Some(json!("masked…ash2")));
        assert!(changes_between("X", None, Some(&after)).is_empty());
        let set = json!({"name": "b", "verified_at": "2026-12-07T00:00:00Z"});
        let verified = changes_between("X", Some(&after), Some(&set));
        assert!(verified
            .iter()
            .any(|c| c.field == "verified_at" && c.action == "created"));
    }
}
