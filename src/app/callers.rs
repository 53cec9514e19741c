//! Authenticated callers ([`Caller`]), and the cache that remembers them
//! between requests.
//!
//! ## Why
//! Authenticating a request reads the key's hash index and the key, then
//! the key's user, and decodes both records. In the load benchmark that
//! costs as much as fetching and decoding the organization the request is
//! about. Remembering the caller by key hash makes a repeat request cost
//! one hash and one map lookup.
//!
//! ## Why it never answers with stale credentials
//! An entry records the store's write generation read *before* its records
//! were; it is used only while the generation has not moved, that is,
//! while no write at all has been committed since (a key deleted, a user
//! changed, anything else). So it answers exactly what reading the store
//! would. Under writes it misses and the store is read again. Only key
//! hashes are kept, never keys.
//!
//! ## Recording an authentication once per burst
//! A key's `last_used_at` and a user's `last_login` are written when they
//! are older than their interval ([`RecentRecords`]). Every request that
//! arrives in the moment one falls due sees it due; without a note of the
//! writes under way, each would write it. On PostgreSQL each of those
//! writes locks the same row and the rest fail to serialize and retry: in
//! the load benchmark, 64 connections of one user queued behind each other
//! for about a second once a minute (the list phases' p99 of 1.2 s).

use super::ids::ProjectRef;
use crate::api::Scope;
use crate::error::Error;
use crate::store::activity::Actor;
use crate::store::records::ActorUser;
use crate::store::records::ApiKeyRecord;
use crate::store::records::UserRecord;
use crate::store::CommitWitness;
use crate::store::IdempotencyClaim;
use crate::store::OpenedOrganization;
use chrono::DateTime;
use chrono::Utc;
use std::sync::Arc;
use uuid::Uuid;

/// An authenticated request's user and the key it came with.
#[derive(Clone, Debug)]
pub struct Caller {
    pub user: UserRecord,
    pub key: ApiKeyRecord,
    /// The organization the request names, when the store read it with
    /// the caller (PostgreSQL; see `Store::api_key_and_user_fetch_by_hash`).
    /// Never part of a remembered caller.
    pub organization: Option<OpenedOrganization>,
    /// The key's scopes, read once when the caller is (a remembered
    /// caller keeps them).
    scopes: Vec<Scope>,
    /// Where the request came from, as the activity log records it.
    pub origin: Origin,
    /// The `Idempotency-Key` the request holds, if it sent one: each of
    /// its writes marks it applied (see `app::idempotency`).
    pub idempotency: Option<IdempotencyClaim>,
    /// Noted when a write of the request committed (see `CommitWitness`);
    /// set on the request's own copy of the caller by the HTTP layer.
    pub witness: Option<CommitWitness>,
}

/// Where a request came from: its client, as it names itself, and its
/// address (see `http::client_address`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Origin {
    pub client: Option<String>,
    pub ip_address: Option<String>,
}

impl Caller {
    pub fn new(
        user: UserRecord,
        key: ApiKeyRecord,
        organization: Option<OpenedOrganization>,
        origin: Origin,
    ) -> Caller {
        let scopes =
            key.scopes.iter().filter_map(|s| Scope::parse(s)).collect();
        Caller {
            user,
            key,
            organization,
            scopes,
            origin,
            idempotency: None,
            witness: None,
        }
    }

    /// The caller of a request from `origin`: this one, or, from another
    /// origin than it was read for, a copy.
    pub fn from(self: Arc<Caller>, origin: &Origin) -> Arc<Caller> {
        if self.origin == *origin {
            return self;
        }
        let mut copy = Caller::clone(&self);
        copy.origin = origin.clone();
        Arc::new(copy)
    }

    /// The caller as the activity log names who made a change, about
    /// `organization` (where a change to their own records is logged) at
    /// `at`.
    pub fn actor(
        &self,
        organization: Option<Uuid>,
        at: chrono::DateTime<chrono::Utc>,
    ) -> Actor {
        Actor {
            user: Some(ActorUser::of(&self.user)),
            is_system: false,
            was_impersonated: false,
            client: self.origin.client.clone(),
            ip_address: self.origin.ip_address.clone(),
            organization,
            context: None,
            at,
            idempotency: self.idempotency.clone(),
            witness: self.witness.clone(),
        }
    }

    /// Whether the key may do what `required` allows: it holds `*`, the
    /// scope, or the `:write` scope that grants a `:read` one.
    pub fn holds(&self, required: Scope) -> bool {
        self.scopes.iter().any(|held| {
            *held == Scope::All
                || *held == required
                || write_scope_for(required) == Some(*held)
        })
    }

    /// Whether the key may reach `organization_id` (a key limited by
    /// `scoped_organizations` reaches only those; anything else is, to it,
    /// not found).
    pub fn key_reaches(&self, organization_id: Uuid) -> bool {
        let scoped = &self.key.scoped_organizations;
        scoped.is_empty() || scoped.contains(&organization_id)
    }
}

impl Caller {
    /// Whether the key reaches an operation requiring `required` that
    /// names `project` (None: one that names no project). As in PostHog,
    /// a key limited to projects (`scoped_teams`) serves the operations on
    /// the user and their keys, and those on a project it is limited to;
    /// any other is refused, naming why.
    pub fn reaches_project(
        &self,
        required: Option<Scope>,
        project: Option<ProjectRef>,
    ) -> Result<(), Error> {
        let teams = &self.key.scoped_teams;
        if teams.is_empty() {
            return Ok(());
        }
        let named = match project {
            Some(ProjectRef::Id(id)) => Some(id),
            Some(ProjectRef::Current) => self.user.current_team,
            // Not a number: the operation refuses the path itself.
            Some(ProjectRef::NotANumber) => return Ok(()),
            None if required
                .is_none_or(|scope| OWN_SCOPES.contains(&scope)) =>
            {
                return Ok(());
            }
            None => {
                return Err(Error::permission_denied(
                    "API keys with scoped projects are only supported on \
                     project-based endpoints.",
                ));
            }
        };
        match named {
            Some(id) if teams.contains(&id) => Ok(()),
            _ => Err(Error::permission_denied(format!(
                "API key does not have access to the requested project: ID \
                 {}.",
                named.map_or("@current".to_string(), |id| id.to_string())
            ))),
        }
    }
}

/// The scopes of the operations on the user and their keys, which a key
/// limited to projects still serves.
const OWN_SCOPES: [Scope; 4] = [
    Scope::UserRead,
    Scope::UserWrite,
    Scope::PersonalApiKeyRead,
    Scope::PersonalApiKeyWrite,
];

/// The `:write` scope that also grants a `:read` one.
fn write_scope_for(read: Scope) -> Option<Scope> {
    match read {
        Scope::OrganizationRead => Some(Scope::OrganizationWrite),
        Scope::OrganizationMemberRead => Some(Scope::OrganizationMemberWrite),
        Scope::PersonalApiKeyRead => Some(Scope::PersonalApiKeyWrite),
        Scope::UserRead => Some(Scope::UserWrite),
        Scope::ProjectRead => Some(Scope::ProjectWrite),
        Scope::ActivityLogRead => Some(Scope::ActivityLogWrite),
        Scope::WebhookRead => Some(Scope::WebhookWrite),
        _ => None,
    }
}

/// At most this many callers are remembered.
const CAPACITY: usize = 4096;

/// A caller and the write generation it was read at.
type Entry = (u64, Arc<Caller>);

/// Callers by key hash. Every authenticated request reads it, so it is
/// quick_cache's sharded map (each shard with its own lock), not one map
/// behind one lock that requests on every core would take in turn.
#[derive(Clone)]
pub struct CallerCache {
    entries: Arc<quick_cache::sync::Cache<String, Entry>>,
}

impl Default for CallerCache {
    fn default() -> CallerCache {
        CallerCache {
            entries: Arc::new(quick_cache::sync::Cache::new(CAPACITY)),
        }
    }
}

impl CallerCache {
    /// The caller for `hash`, if it was read at `generation`.
    pub fn get(&self, hash: &str, generation: u64) -> Option<Arc<Caller>> {
        match self.entries.get(hash) {
            Some((read_at, caller)) if read_at == generation => Some(caller),
            _ => None,
        }
    }

    /// Remembers `caller` for `hash`, as read at `generation`.
    pub fn put(&self, hash: String, generation: u64, caller: Arc<Caller>) {
        self.entries.insert(hash, (generation, caller));
    }
}

/// The authentications this process has recorded lately, by the id of the
/// key or user recorded: a record falls due once per interval, and is then
/// written by the first request that claims it, not by every request of
/// the burst that sees it due. Bounded: past [`RECENT_RECORDS_MAX`] ids,
/// those whose longest interval has passed are forgotten, then all (at
/// worst, one more write).
#[derive(Default)]
pub struct RecentRecords {
    at: std::sync::Mutex<std::collections::HashMap<Uuid, DateTime<Utc>>>,
}

/// The most ids [`RecentRecords`] keeps.
const RECENT_RECORDS_MAX: usize = 10_000;

impl RecentRecords {
    /// Whether the record of `id` is due at `now` and this request is the
    /// one to write it: not recorded by this process in the last
    /// `interval` seconds. If so, notes it as recorded now.
    pub fn claim(&self, id: Uuid, now: DateTime<Utc>, interval: i64) -> bool {
        let mut at = self.at.lock().unwrap_or_else(|e| e.into_inner());
        if at
            .get(&id)
            .is_some_and(|last| (now - *last).num_seconds() < interval)
        {
            return false;
        }
        if at.len() >= RECENT_RECORDS_MAX {
            at.retain(|_, last| (now - *last).num_seconds() < LONGEST_INTERVAL);
            if at.len() >= RECENT_RECORDS_MAX {
                at.clear();
            }
        }
        at.insert(id, now);
        true
    }

    /// Forgets that `id` was recorded (its write failed: the next request
    /// tries again).
    pub fn forget(&self, id: Uuid) {
        self.at.lock().unwrap_or_else(|e| e.into_inner()).remove(&id);
    }
}

/// The longest interval any record is claimed for (a key's use: an hour).
const LONGEST_INTERVAL: i64 = 3600;

#[cfg(test)]
mod test {
    use super::RecentRecords;
    use super::RECENT_RECORDS_MAX;
    use chrono::Duration;
    use uuid::Uuid;

    /// A record is claimed once per interval, again after a failed write,
    /// and the ids kept stay bounded.
    #[test]
    fn test_a_record_is_claimed_once_per_interval() {
        let recent = RecentRecords::default();
        let (id, now) = (Uuid::now_v7(), chrono::Utc::now());
        assert!(recent.claim(id, now, 60));
        assert!(!recent.claim(id, now, 60), "the rest of the burst");
        assert!(!recent.claim(id, now + Duration::seconds(59), 60));
        assert!(recent.claim(id, now + Duration::seconds(60), 60));
        recent.forget(id);
        assert!(recent.claim(id, now + Duration::seconds(61), 60));
        for _ in 0..RECENT_RECORDS_MAX + 10 {
            assert!(recent.claim(Uuid::now_v7(), now, 60));
        }
        assert!(recent.at.lock().unwrap().len() <= RECENT_RECORDS_MAX);
    }
}
