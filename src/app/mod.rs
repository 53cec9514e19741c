//! The application layer: every business rule of orgbase (authentication,
//! scopes and membership levels, validation, invariants), between the thin
//! HTTP entrypoints and the store.
//!
//! ## Shape
//! `App` holds the store. Its methods take wire parameter types and the
//! authenticated [`Caller`], return wire views, and report failures as the
//! HTTP-agnostic [`Error`]. Conversions between stored records and views
//! live here, beside the rules that need them.
//!
//! ## Visibility
//! An organization the caller cannot see (not a member, or outside the
//! key's `scoped_organizations`) is reported as not found, whether it
//! exists or not: no existence oracle.

mod api_keys;
mod callers;
mod cimd;
mod domains;
mod invites;
mod members;
mod organizations;
mod roles;
mod users;

use crate::api;
use crate::api::Scope;
use crate::dns::TxtResolver;
use crate::email::Mailer;
use crate::error::Error;
use crate::error::DETAIL_LEVEL_INSUFFICIENT;
use crate::secrets;
use crate::store::records::ApiKeyRecord;
use crate::store::records::MembershipRecord;
use crate::store::records::UserRecord;
use crate::store::Page;
use crate::store::Store;
pub use api_keys::CURRENT_KEY;
use callers::CallerCache;
use chrono::DateTime;
use chrono::Utc;
use slog::Logger;
use std::sync::Arc;
use uuid::Uuid;

/// Membership levels.
pub const LEVEL_MEMBER: u8 = 1;
pub const LEVEL_ADMIN: u8 = 8;
pub const LEVEL_OWNER: u8 = 15;

/// The current time; replaceable so tests of time rules need no sleeps.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// The application.
#[derive(Clone)]
pub struct App {
    store: Store,
    clock: Clock,
    mailer: Mailer,
    dns: TxtResolver,
    log: Logger,
    callers: CallerCache,
}

/// An authenticated request's user and the key it came with.
#[derive(Clone, Debug)]
pub struct Caller {
    pub user: UserRecord,
    pub key: ApiKeyRecord,
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
}

impl PageRequest {
    /// Default and clamp `limit`, default `offset`.
    pub fn from_params(params: &api::ListParams) -> Result<PageRequest, Error> {
        let limit = params.limit.unwrap_or(api::DEFAULT_PAGE_LIMIT);
        if limit == 0 {
            return Err(Error::invalid(
                "limit",
                "min_value",
                "Ensure this value is greater than or equal to 1.",
            ));
        }
        Ok(PageRequest {
            offset: params.offset.unwrap_or(0),
            limit: limit.min(api::MAX_PAGE_LIMIT),
        })
    }
}

impl PageRequest {
    /// This page of `items` (all of a list, in order), with the count.
    pub fn slice<T>(self, items: Vec<T>) -> Page<T> {
        let count = items.len() as u64;
        let items = items
            .into_iter()
            .skip(usize::try_from(self.offset).unwrap_or(usize::MAX))
            .take(usize::try_from(self.limit).unwrap_or(usize::MAX))
            .collect();
        Page { count, items }
    }
}

/// 403 unless the membership has at least `level`.
fn require_level(
    membership: &MembershipRecord,
    level: u8,
) -> Result<(), Error> {
    if membership.level < level {
        return Err(Error::permission_denied(DETAIL_LEVEL_INSUFFICIENT));
    }
    Ok(())
}

/// Whether a key holding `held` may do what `required` allows.
fn scope_grants(held: &[String], required: Scope) -> bool {
    held.iter().filter_map(|scope| Scope::parse(scope)).any(|scope| {
        scope == Scope::All
            || scope == required
            || write_scope_for(required) == Some(scope)
    })
}

/// The `:write` scope that also grants a `:read` one.
fn write_scope_for(read: Scope) -> Option<Scope> {
    match read {
        Scope::OrganizationRead => Some(Scope::OrganizationWrite),
        Scope::OrganizationMemberRead => Some(Scope::OrganizationMemberWrite),
        Scope::PersonalApiKeyRead => Some(Scope::PersonalApiKeyWrite),
        Scope::UserRead => Some(Scope::UserWrite),
        _ => None,
    }
}

/// `last_used_at` is written at most this often per key, as in PostHog.
const KEY_USE_RECORD_INTERVAL_SECS: i64 = 3600;
/// A user's `last_login` (their last successful authentication: orgbase
/// has no session login) is written at most this often, so that reads do
/// not turn into writes.
const LOGIN_RECORD_INTERVAL_SECS: i64 = 60;

impl App {
    pub fn new(
        store: Store,
        clock: Clock,
        mailer: Mailer,
        dns: TxtResolver,
        log: &Logger,
    ) -> App {
        App {
            store,
            clock,
            mailer,
            dns,
            log: log.new(slog::o!("component" => "app")),
            callers: CallerCache::default(),
        }
    }

    fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    /// The caller behind an `Authorization` header, if its key holds
    /// `required` (no scope needed when `required` is None).
    pub fn authenticate(
        &self,
        authorization: Option<&[u8]>,
        required: Option<Scope>,
    ) -> Result<Arc<Caller>, Error> {
        let header = authorization.ok_or(Error::NotAuthenticated)?;
        let header = std::str::from_utf8(header)
            .map_err(|_| Error::AuthenticationFailed)?;
        let (scheme, token) =
            header.trim().split_once(' ').unwrap_or((header, ""));
        if !scheme.eq_ignore_ascii_case("bearer") {
            return Err(Error::NotAuthenticated);
        }
        let token = token.trim();
        if token.is_empty() {
            return Err(Error::AuthenticationFailed);
        }
        let caller = self.authentication_record(
            self.caller_by_key_hash(secrets::hash(token))?,
        );
        if let Some(required) = required {
            if !scope_grants(&caller.key.scopes, required) {
                return Err(Error::permission_denied(format!(
                    "API key missing required scope '{}'",
                    required.as_str()
                )));
            }
        }
        Ok(caller)
    }

    /// Records a successful authentication (before any permission check,
    /// as PostHog does): the key's `last_used_at` at most once an hour, the
    /// user's `last_login` at most once a minute. The caller returned sees
    /// what was recorded, as the next request will.
    fn authentication_record(&self, caller: Arc<Caller>) -> Arc<Caller> {
        let now = self.now();
        let stale = |last: Option<DateTime<Utc>>, interval: i64| {
            last.is_none_or(|last| (now - last).num_seconds() >= interval)
        };
        let key_used =
            stale(caller.key.last_used_at, KEY_USE_RECORD_INTERVAL_SECS)
                .then_some(caller.key.id);
        let user_login =
            stale(caller.user.last_login, LOGIN_RECORD_INTERVAL_SECS)
                .then_some(caller.user.id);
        if key_used.is_none() && user_login.is_none() {
            return caller;
        }
        if let Err(error) =
            self.store.authentication_record(key_used, user_login, now)
        {
            slog::warn!(self.log, "recording authentication failed"; "error" => %error);
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
    fn caller_by_key_hash(&self, hash: String) -> Result<Arc<Caller>, Error> {
        // Before the reads, so that a write during them is noticed.
        let generation = self.store.write_generation();
        if let Some(caller) = self.callers.get(&hash, generation) {
            return Ok(caller);
        }
        let key = self
            .store
            .api_key_fetch_by_hash(&hash)?
            .ok_or(Error::AuthenticationFailed)?;
        let user = self
            .store
            .user_fetch(key.user_id)?
            .ok_or(Error::AuthenticationFailed)?;
        let caller = Arc::new(Caller { user, key });
        self.callers.put(hash, generation, Arc::clone(&caller));
        Ok(caller)
    }

    /// On a store without users, creates the staff user `admin@localhost`
    /// with one key of scope `*`: `given_key` when set, else a generated
    /// one that the caller must show once.
    pub async fn bootstrap(
        &self,
        given_key: Option<&str>,
    ) -> Result<Bootstrap, Error> {
        if self.store.user_any()? {
            return Ok(Bootstrap::AlreadyDone);
        }
        let (value, outcome) = match given_key {
            Some(value) => {
                let looks_right = value.starts_with("phx_")
                    && value.len() >= 4 + 32
                    && value
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_');
                if !looks_right {
                    return Err(Error::invalid(
                        "ORGBASE_BOOTSTRAP_API_KEY",
                        "invalid",
                        "The bootstrap API key must be `phx_` followed by at \
                         least 32 letters, digits or underscores.",
                    ));
                }
                (value.to_string(), Bootstrap::WithGivenKey)
            }
            None => {
                let value = secrets::generate("phx_");
                (value.clone(), Bootstrap::WithGeneratedKey(value))
            }
        };
        let now = self.now();
        let user = UserRecord {
            id: Uuid::now_v7(),
            numeric_id: self.store.next_id()?,
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
            created_at: now,
            last_used_at: None,
        };
        self.store.user_insert(&user, Some(&key)).await?;
        Ok(outcome)
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
            "blank",
            "This field may not be blank.",
        ));
    }
    if value.chars().count() > max {
        return Err(Error::invalid(
            attr,
            "max_length",
            format!("Ensure this field has no more than {max} characters."),
        ));
    }
    Ok(value.to_string())
}
