//! The application layer: every business rule of orgbase (authentication,
//! scopes and membership levels, validation, invariants), between the thin
//! HTTP entrypoints and the store.
//!
//! ## Shape
//! `App` holds the store. Its methods take wire parameter types, the typed
//! ids a path names (see `ids`) and the authenticated [`Caller`], return
//! wire views, and report failures as the HTTP-agnostic [`Error`]. Conversions between stored records and views
//! live here, beside the rules that need them.
//!
//! ## Files
//! This file holds `App` and what its operations share; each operation's
//! file adds its methods to `App` and takes the shared parts from here.
//! So this file imports only leaves, which import nothing of the
//! operations: the typed ids (`ids`), the caller and its cache
//! (`callers`), the proxy settings (`proxy_settings`, with
//! `domain_names`) and what SCIM exchanges with HTTP (`scim::types`);
//! that keeps the files free of import cycles (the layers test).
//!
//! ## Names
//! A method that serves an operation has the operation's id as its name
//! (`role_view`, `member_list`); a function that renders records for the
//! API is `<record>_to_view` (`<records>_to_views` for a batch).
//!
//! ## Visibility
//! An organization the caller cannot see (not a member, or outside the
//! key's `scoped_organizations`) is reported as not found, whether it
//! exists or not: no existence oracle.

pub mod activity;
mod api_keys;
mod callers;
mod cimd;
mod domain_names;
mod domains;
pub mod idempotency;
pub mod idempotency_settings;
mod ids;
mod invites;
mod members;
mod ocsf;
mod organizations;
pub mod projects;
mod proxy_records;
mod proxy_settings;
mod role_external_references;
mod roles;
mod scim;
pub mod stored_values;
mod users;
mod webhook_delivery;
mod webhook_sender;
mod webhook_settings;
pub mod webhooks;

use crate::api;
use crate::api::Scope;
use crate::dns::Resolver;
use crate::email::Mailer;
use crate::error::Code;
use crate::error::Error;
use crate::error::Unavailability;
use crate::page::After;
use crate::page::JoinedPlace;
use crate::page::Start;
use crate::secrets;
use crate::store::activity::Actor;
use crate::store::records::ApiKeyRecord;
use crate::store::records::InviteRecord;
use crate::store::records::MembershipRecord;
use crate::store::records::OrganizationRecord;
use crate::store::records::UserRecord;
pub use crate::store::CommitWitness;
use crate::store::NamedOrganization;
use crate::store::Store;
pub use callers::Caller;
use callers::CallerCache;
pub use callers::Origin;
use callers::RecentRecords;
use chrono::DateTime;
use chrono::Utc;
pub use ids::KeyRef;
pub use ids::OrganizationRef;
pub use ids::ProjectRef;
pub use ids::RecordId;
pub use ids::UserRef;

pub use proxy_settings::clean_cname_base;
pub use proxy_settings::ProvisioningSchedule;
pub use proxy_settings::ProxySettings;
pub use proxy_settings::DEFAULT_PROXY_CNAME_BASE;
pub use proxy_settings::MAX_PROXY_RECORDS;
pub use scim::types::scim_refuse_nul;
pub use scim::types::ScimChange;
pub use scim::types::ScimError;
pub use scim::types::ScimErrorKind;
pub use scim::types::ScimExchange;
pub use scim::types::ScimPrecondition;
pub use scim::types::ScimResource;
pub use scim::types::ScimTenant;
use slog::Logger;
use std::collections::BTreeSet;
use std::collections::HashMap;
use std::sync::Arc;
use uuid::Uuid;
pub use webhook_sender::Outcome as WebhookOutcome;
pub use webhook_sender::Turn as WebhookTurn;
use webhook_sender::WebhookSender;
pub use webhook_settings::parse_duration;
pub use webhook_settings::WebhookSettings;

pub use crate::store::records::Level;

/// The current time; replaceable so tests of time rules need no sleeps.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// The application.
#[derive(Clone)]
pub struct App {
    store: Store,
    clock: Clock,
    mailer: Mailer,
    dns: Resolver,
    proxy: ProxySettings,
    log: Logger,
    callers: CallerCache,
    /// Authentications recorded lately (see `callers`).
    recent_records: Arc<RecentRecords>,
    /// Permits for the proxy provisioning job's writes (see
    /// `proxy_records`).
    provisioning_writes: Arc<tokio::sync::Semaphore>,
    webhooks: WebhookSettings,
    webhook_sender: WebhookSender,
    /// How many idempotency keys a user may hold at once.
    idempotency_keys_per_user: usize,
}

/// Where PostHog's error details say a key was found.
const HEADER: &str = "Authorization header";
const BODY: &str = "body";
const QUERY: &str = "query string";

/// The places a request may carry a personal API key, as the HTTP layer
/// found them.
#[derive(Default)]
pub struct Credentials<'a> {
    /// The `Authorization` header.
    pub authorization: Option<&'a [u8]>,
    /// The body's top-level `personal_api_key` string.
    pub body_key: Option<&'a str>,
    /// The `personal_api_key` query parameter.
    pub query_key: Option<&'a str>,
    /// Where the request came from.
    pub origin: Origin,
}

impl Credentials<'_> {
    /// Whether the request carries anything that may be a key.
    pub fn any(&self) -> bool {
        self.authorization.is_some()
            || self.body_key.is_some()
            || self.query_key.is_some()
    }

    /// The key to try and where it came from, by PostHog's precedence.
    fn key(&self) -> Result<(&str, &'static str), Error> {
        let failed = |found_in| Error::AuthenticationFailed { found_in };
        let (token, source) = match self.authorization {
            Some(header) => {
                let header =
                    std::str::from_utf8(header).map_err(|_| failed(HEADER))?;
                let (scheme, token) =
                    header.trim().split_once(' ').unwrap_or((header, ""));
                if !scheme.eq_ignore_ascii_case("bearer") {
                    return Err(Error::NotAuthenticated);
                }
                (token, HEADER)
            }
            None => match (self.body_key, self.query_key) {
                (Some(key), _) => (key, BODY),
                (None, Some(key)) => (key, QUERY),
                (None, None) => return Err(Error::NotAuthenticated),
            },
        };
        match token.trim() {
            "" => Err(failed(source)),
            token => Ok((token, source)),
        }
    }
}

/// What `App::bootstrap` did.
pub enum Bootstrap {
    /// Users existed already; nothing was created.
    AlreadyDone,
    /// The staff user was created with the key given in the environment.
    WithGivenKey,
    /// The staff user was created with this generated key (print it once).
    WithGeneratedKey(String),
}

/// Email of the staff user created on first start.
pub const BOOTSTRAP_EMAIL: &str = "admin@localhost";

/// A validated page request.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PageRequest {
    pub offset: u64,
    pub limit: u64,
    /// Where a `next` link said the list continues (lists that can grow
    /// large: see [`Start`]).
    pub after: Option<After>,
}

impl PageRequest {
    /// Default and clamp `limit`, default `offset`, read `after`.
    pub fn from_params(
        params: &api::ListParams,
        after: Option<&str>,
    ) -> Result<PageRequest, Error> {
        let limit = params.limit.unwrap_or(api::DEFAULT_PAGE_LIMIT);
        if limit == 0 {
            return Err(Error::invalid(
                "limit",
                Code::MinValue,
                "Ensure this value is greater than or equal to 1.",
            ));
        }
        let after = after
            .map(|text| After::parse(text).ok_or_else(invalid_after))
            .transpose()?;
        Ok(PageRequest {
            offset: params.offset.unwrap_or(0),
            limit: limit.min(api::MAX_PAGE_LIMIT),
            after,
        })
    }

    /// Where a list in id order starts.
    pub fn start_at_id(&self) -> Result<Start<Uuid>, Error> {
        match self.after {
            None => Ok(Start::Offset(self.offset)),
            Some(After::Id(id)) => Ok(Start::After(id)),
            Some(_) => Err(invalid_after()),
        }
    }

    /// Where a list whose place is found from an item's id continues:
    /// after the item of this id.
    pub fn after_id(&self) -> Result<Option<Uuid>, Error> {
        match self.after {
            None => Ok(None),
            Some(After::Id(id)) => Ok(Some(id)),
            Some(_) => Err(invalid_after()),
        }
    }

    /// Where a list in joining order starts.
    pub fn start_at_joined(&self) -> Result<Start<JoinedPlace>, Error> {
        match self.after {
            None => Ok(Start::Offset(self.offset)),
            Some(After::Joined(place)) => Ok(Start::After(place)),
            Some(_) => Err(invalid_after()),
        }
    }
}

/// An `after` that no `next` link of this list carries.
fn invalid_after() -> Error {
    Error::invalid(
        "after",
        Code::Invalid,
        "Invalid cursor: copy `after` from a `next` link of this list.",
    )
}

/// The id that a path names (not found when the path held no UUID: a
/// path to nothing).
fn path_id(id: RecordId) -> Result<Uuid, Error> {
    id.uuid().ok_or_else(Error::object_not_found)
}

/// The rules on a member's standing that hold for every operation on an
/// organization: where the organization turned
/// `members_can_use_personal_api_keys` off, the personal API keys of
/// members below admin are refused (every orgbase credential is one).
fn check_standing(
    organization: &OrganizationRecord,
    membership: &MembershipRecord,
) -> Result<(), Error> {
    if !organization.members_can_use_personal_api_keys
        && membership.level < Level::Admin
    {
        return Err(Error::permission_denied(
            "Your organization does not allow members to use personal API \
             keys.",
        ));
    }
    Ok(())
}

/// `last_used_at` is written at most this often per key, as in PostHog.
const KEY_USE_RECORD_INTERVAL_SECS: i64 = 3600;
/// A user's `last_login` (their last successful authentication: orgbase
/// has no session login) is written at most this often, so that reads do
/// not turn into writes.
const LOGIN_RECORD_INTERVAL_SECS: i64 = 60;

impl App {
    /// Whether the store answers (a read, and a write made durable);
    /// `Unavailable`, with the reason when the store gives one, otherwise.
    pub async fn ready(&self) -> Result<(), Error> {
        self.store.ready().await.map_err(|error| match Error::from(error) {
            unavailable @ Error::Unavailable { .. } => unavailable,
            other => Error::Unavailable {
                reason: Unavailability::Store,
                internal_message: other.to_string(),
            },
        })
    }

    pub fn new(
        store: Store,
        clock: Clock,
        mailer: Mailer,
        dns: Resolver,
        proxy: ProxySettings,
        webhooks: WebhookSettings,
        log: &Logger,
    ) -> App {
        let webhook_sender = WebhookSender::new(&webhooks, &dns);
        App {
            store,
            clock,
            mailer,
            dns,
            proxy,
            webhooks,
            webhook_sender,
            log: log.new(slog::o!("component" => "app")),
            callers: CallerCache::default(),
            recent_records: Arc::default(),
            provisioning_writes: Arc::new(tokio::sync::Semaphore::new(
                proxy_settings::PROVISIONING_WRITES_MAX,
            )),
            idempotency_keys_per_user:
                idempotency_settings::KEYS_PER_USER_DEFAULT as usize,
        }
    }

    /// The app with another limit of idempotency keys per user.
    pub fn with_idempotency_keys_per_user(mut self, keys: usize) -> App {
        self.idempotency_keys_per_user = keys;
        self
    }

    pub(crate) fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    /// `caller` as the activity log names who makes a change, about
    /// `organization` (see `Caller::actor`).
    fn actor(&self, caller: &Caller, organization: Option<Uuid>) -> Actor {
        caller.actor(organization, self.now())
    }

    /// orgbase's own work, named `client` in the activity log.
    fn system(&self, client: &str) -> Actor {
        Actor::system(client, self.now())
    }

    /// The users with these ids that exist, by id, in one read.
    async fn users_by_id(
        &self,
        ids: impl IntoIterator<Item = Uuid>,
    ) -> Result<HashMap<Uuid, UserRecord>, Error> {
        let ids: Vec<Uuid> =
            ids.into_iter().collect::<BTreeSet<_>>().into_iter().collect();
        Ok(self
            .store
            .user_fetch_many(&ids)
            .await?
            .into_iter()
            .map(|user| (user.id, user))
            .collect())
    }

    /// The caller behind a personal API key, if the key holds `required`
    /// (no scope needed when `required` is None). As in PostHog, the key
    /// comes in the `Authorization` header (`Bearer`), else in the body's
    /// `personal_api_key` field, else in the `personal_api_key` query
    /// parameter. `organization` is the organization the request's path
    /// names, if any: the store may read it with the caller; `project` the
    /// project it names, if any (see `Caller::reaches_project`).
    pub async fn authenticate(
        &self,
        credentials: &Credentials<'_>,
        required: Option<Scope>,
        organization: Option<OrganizationRef>,
        project: Option<ProjectRef>,
    ) -> Result<Arc<Caller>, Error> {
        let (token, source) = credentials.key()?;
        let organization = organization.and_then(OrganizationRef::named);
        let origin = &credentials.origin;
        let caller = self
            .caller_by_key_hash(secrets::hash(token), organization, origin)
            .await?
            .ok_or(Error::AuthenticationFailed { found_in: source })?
            .from(origin);
        let caller = self.authentication_record(caller).await;
        if let Some(required) = required {
            if !caller.holds(required) {
                return Err(Error::permission_denied(format!(
                    "API key missing required scope '{}'",
                    required.as_str()
                )));
            }
        }
        caller.reaches_project(required, project)?;
        Ok(caller)
    }

    /// Records a successful authentication (before any permission check,
    /// as PostHog does): the key's `last_used_at` at most once an hour, the
    /// user's `last_login` at most once a minute. The caller returned sees
    /// what was recorded, as the next request will.
    async fn authentication_record(&self, caller: Arc<Caller>) -> Arc<Caller> {
        let now = self.now();
        // Due, and not being written by another request of this process
        // (see `callers::RecentRecords`).
        let due = |id: Uuid, last: Option<DateTime<Utc>>, interval: i64| {
            let stale =
                last.is_none_or(|last| (now - last).num_seconds() >= interval);
            (stale && self.recent_records.claim(id, now, interval))
                .then_some(id)
        };
        let key_used = due(
            caller.key.id,
            caller.key.last_used_at,
            KEY_USE_RECORD_INTERVAL_SECS,
        );
        let user_login = due(
            caller.user.id,
            caller.user.last_login,
            LOGIN_RECORD_INTERVAL_SECS,
        );
        if key_used.is_none() && user_login.is_none() {
            return caller;
        }
        if let Err(error) =
            self.store.authentication_record(key_used, user_login, now).await
        {
            slog::warn!(self.log, "recording authentication failed"; "error" => %error);
            for id in key_used.into_iter().chain(user_login) {
                self.recent_records.forget(id);
            }
        }
        let mut recorded = Caller::clone(&caller);
        if key_used.is_some() {
            recorded.key.last_used_at = Some(now);
        }
        if user_login.is_some() {
            recorded.user.last_login = Some(now);
        }
        Arc::new(recorded)
    }

    /// The key with this hash and its user: remembered (see `callers`), or
    /// read from the store.
    async fn caller_by_key_hash(
        &self,
        hash: String,
        organization: Option<NamedOrganization>,
        origin: &Origin,
    ) -> Result<Option<Arc<Caller>>, Error> {
        // Before the reads, so that a write during them is noticed. A store
        // shared with other processes has no generation: nothing is cached.
        let generation = self.store.write_generation();
        if let Some(caller) = generation
            .and_then(|generation| self.callers.get(&hash, generation))
        {
            return Ok(Some(caller));
        }
        let Some((key, user, organization)) = self
            .store
            .api_key_and_user_fetch_by_hash(&hash, organization)
            .await?
        else {
            return Ok(None);
        };
        let caller =
            Arc::new(Caller::new(user, key, organization, origin.clone()));
        if let Some(generation) = generation {
            self.callers.put(hash, generation, Arc::clone(&caller));
        }
        Ok(Some(caller))
    }

    /// On a store without users, creates the staff user `admin@localhost`
    /// with one key of scope `*`: `given_key` when set, else a generated
    /// one that the caller must show once.
    pub async fn bootstrap(
        &self,
        given_key: Option<&str>,
    ) -> Result<Bootstrap, Error> {
        if self.store.user_any().await? {
            return Ok(Bootstrap::AlreadyDone);
        }
        let (value, outcome) = match given_key {
            Some(value) => {
                let looks_right = value
                    .starts_with(secrets::PERSONAL_API_KEY_PREFIX)
                    && value.len() >= 4 + 32
                    && value
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_');
                if !looks_right {
                    return Err(Error::invalid(
                        "ORGBASE_BOOTSTRAP_API_KEY",
                        Code::Invalid,
                        "The bootstrap API key must be `phx_` followed by at \
                         least 32 letters, digits or underscores.",
                    ));
                }
                (value.to_string(), Bootstrap::WithGivenKey)
            }
            None => {
                let value = secrets::generate(secrets::PERSONAL_API_KEY_PREFIX);
                (value.clone(), Bootstrap::WithGeneratedKey(value))
            }
        };
        let now = self.now();
        let user = UserRecord {
            id: Uuid::now_v7(),
            numeric_id: self.store.next_id().await?,
            email: BOOTSTRAP_EMAIL.to_string(),
            first_name: "Admin".to_string(),
            last_name: String::new(),
            is_staff: true,
            current_organization: None,
            created_at: now,
            current_team: None,
            last_login: None,
            preferences: Default::default(),
        };
        let key = ApiKeyRecord {
            id: Uuid::now_v7(),
            user_id: user.id,
            label: "bootstrap".to_string(),
            secure_value: secrets::hash(&value),
            mask_value: secrets::mask(&value),
            scopes: vec![Scope::All.as_str().to_string()],
            scoped_organizations: Vec::new(),
            scoped_teams: Vec::new(),
            created_at: now,
            last_used_at: None,
        };
        match self
            .store
            .user_insert(&self.system("bootstrap"), &user, Some(&key))
            .await
        {
            Ok(()) => Ok(outcome),
            // Another replica, started at the same moment on the same
            // empty database, bootstrapped it first: its key stands.
            Err(_) if self.store.user_any().await? => {
                Ok(Bootstrap::AlreadyDone)
            }
            Err(error) => Err(error.into()),
        }
    }
}

/// Trims `value` and checks it is not blank and at most `max` characters.
fn clean_text(
    attr: &str,
    value: &str,
    max: usize,
    allow_blank: bool,
) -> Result<String, Error> {
    let value = value.trim();
    if value.is_empty() && !allow_blank {
        return Err(Error::invalid(
            attr,
            Code::Blank,
            "This field may not be blank.",
        ));
    }
    if value.chars().count() > max {
        return Err(Error::invalid(
            attr,
            Code::MaxLength,
            format!("Ensure this field has no more than {max} characters."),
        ));
    }
    Ok(value.to_string())
}

/// Checks a list field holds at most `max` items (Django REST framework's
/// `max_length` on a list).
fn check_list_length(attr: &str, len: usize, max: usize) -> Result<(), Error> {
    if len > max {
        return Err(Error::invalid(
            attr,
            Code::MaxLength,
            format!("Ensure this field has no more than {max} elements."),
        ));
    }
    Ok(())
}

/// Invites are valid for this many days (PostHog's `INVITE_DAYS_VALIDITY`).
const INVITE_VALIDITY_DAYS: i64 = 3;

fn is_expired(invite: &InviteRecord, now: DateTime<Utc>) -> bool {
    now - invite.created_at > chrono::Duration::days(INVITE_VALIDITY_DAYS)
}
